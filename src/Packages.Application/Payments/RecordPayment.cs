using Packages.Application.Common;
using Packages.Application.Diagnostics;
using Packages.Application.Packages;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Payments;

/// <summary>
/// Applies or takes back a payment on a package. Idempotent by payment id and independent of message
/// order: the package unlocks when what is applied reaches the price and locks when it falls below.
/// </summary>
public sealed class RecordPayment(PackageUpdater updater, TimeProvider time, PackagesMetrics metrics)
{
    public async Task<Result<PaymentResult>> ExecuteAsync(RecordPaymentCommand command, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors()
            .Require(Identifiers.IsValid(command.PaymentId), "paymentId", "Give the payment's id.")
            .Require(Identifiers.IsValid(command.ClinicId), "clinicId", "Give the clinic's id.")
            .Require(Identifiers.IsValid(command.PackageId), "packageId", "Give the package's id.")
            .Require(Money.IsPositiveAmount(command.AmountMinor), "amount.amountMinor", $"Give 1-{Money.MaxAmountMinor} minor units.")
            .Require(Money.IsCurrencyCode(command.Currency), "amount.currency", "Give an ISO 4217 currency code, e.g. CAD.");
        if (errors.Any)
        {
            return errors.ToError();
        }

        var amount = new Money(command.AmountMinor, command.Currency!);
        var result = await updater.UpdateAsync(command.ClinicId!, command.PackageId!, package =>
        {
            var now = time.GetUtcNow();
            var result = command.Kind switch
            {
                PaymentKind.Applied => package.ApplyPayment(command.PaymentId!, amount, now),
                PaymentKind.Unapplied => package.UnapplyPayment(command.PaymentId!, amount, now),
                _ => package.RecordRefundPayment(command.PaymentId!, amount, now).Map(changed => new PaymentResult(changed, false, false)),
            };
            return result.Map(r => new Change<PaymentResult>(r, r.Changed));
        }, cancellationToken, PackageWriter.MaxPendingEventsForPayments);
        if (result.IsSuccess && result.Value.Changed)
        {
            metrics.PaymentRecorded(command.Kind.ToString().ToLowerInvariant());
        }

        return result;
    }
}
