using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// redemption-reversed: an appointment cancelled, cancelled late or missed. <see cref="Value"/> is the
/// session's share of the price: back in the liability when returned, kept as recognized when forfeited.
/// </summary>
public sealed record RedemptionReversed(string AppointmentId, ReversalOutcome Outcome, ReversalReason Reason, Money Value) : PackageEventData;
