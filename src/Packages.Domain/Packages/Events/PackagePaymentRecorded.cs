using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// package-payment-recorded: a payment was applied or taken back (<see cref="State"/>); raised for every change, before
/// package-unlocked/-locked when the change also flips whether the package can be used.
/// </summary>
public sealed record PackagePaymentRecorded(string PaymentId, Money Amount, PaymentState State, Money AmountPaid, Money AmountDue) : PackageEventData;
