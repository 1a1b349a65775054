using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

public sealed partial class Package
{
    /// <summary>Uses one session for the owner's appointment (see the overload naming the client).</summary>
    public Result<Receipt> Redeem(string appointmentId, string serviceType, Actor actor, DateTimeOffset now) =>
        Redeem(appointmentId, ClientId, serviceType, actor, now);

    /// <summary>
    /// Uses one session for an appointment of <paramref name="clientId"/>, the owner or a beneficiary. Idempotent on
    /// the appointment id: redeeming the same appointment again returns the receipt it already has.
    /// </summary>
    public Result<Receipt> Redeem(
        string appointmentId, string clientId, string serviceType, Actor actor, DateTimeOffset now, string? practitioner = null, string? serviceCode = null)
    {
        // The aggregate guards its own inputs: callers validate first, but a bypass is refused here, not stored.
        var field = !Identifiers.IsValid(appointmentId) ? "appointmentId" : !Identifiers.IsValid(clientId) ? "clientId" : !Identifiers.IsValid(serviceType) ? "serviceType" : null;
        if (field is not null)
        {
            return DomainError.Validation(field, Identifiers.Rule);
        }

        if ((practitioner is not null && !Text.IsValid(practitioner, Text.MaxNameLength)) || (serviceCode is not null && !Identifiers.IsValid(serviceCode)))
        {
            return practitioner is not null && !Text.IsValid(practitioner, Text.MaxNameLength)
                ? DomainError.Validation("practitioner", $"Give 1-{Text.MaxNameLength} characters, without control characters, or leave it out.")
                : DomainError.Validation("serviceCode", Identifiers.Rule);
        }

        if (RedemptionFor(appointmentId) is { } existing)
        {
            return existing.ClientId == clientId ? ReceiptFor(existing) : PackageErrors.AppointmentRedeemedForAnotherClient(appointmentId);
        }

        if (CheckRedemption(clientId, serviceType, now) is { } refusal)
        {
            return refusal;
        }

        var slot = NextFreeSlot();
        var redemption = new Redemption(
            appointmentId, clientId, serviceType, slot, VisitValue(slot), now, actor.ToString(), SessionsRemaining - 1)
        {
            Practitioner = practitioner?.Trim(), ServiceCode = serviceCode,
        };
        _redemptions.Add(redemption);
        Raise(new SessionRedeemed(appointmentId, clientId, serviceType, slot + 1, redemption.Value), now);
        RaiseUsageReminders(now);
        return ReceiptFor(redemption);
    }

    /// <summary>
    /// Reverses an appointment's redemption. A timely cancellation gives the session back; a late
    /// cancellation or no-show follows the offer's policy (forfeit keeps it used, with the reason).
    /// Idempotent: reversing again changes nothing, and a forfeited session is never given back later.
    /// </summary>
    public Result<ReversalResult> ReverseRedemption(string appointmentId, ReversalReason reason, Actor actor, DateTimeOffset now)
    {
        var redemption = RedemptionFor(appointmentId);
        if (redemption is null)
        {
            return WasReturned(appointmentId)
                ? new ReversalResult(appointmentId, true, SessionsRemaining, false)
                : PackageErrors.RedemptionNotFound(appointmentId);
        }

        if (redemption.Outcome == RedemptionOutcome.Forfeited)
        {
            return new ReversalResult(appointmentId, false, SessionsRemaining, false);
        }

        // An ended package's unused value has left the liability (expired, cancelled) or the sale never stood
        // (deleted): a session given back or forfeited now would move money a second time. Past its last day it has
        // ended, whether or not the sweep has run.
        if ((IsPastExpiry(now) && Status == PackageStatus.Active ? PackageErrors.Expired(ExpiresOn!.Value) : CheckEnded()) is { } ended)
        {
            return ended;
        }

        if (reason == ReversalReason.Cancelled || Terms.LateCancelPolicy == LateCancelPolicy.Return)
        {
            _redemptions.Remove(redemption);
            _history.Add(redemption.ToEvent());
            Record(new PackageEvent(now, actor.ToString(), PackageEventKind.SessionReturned, appointmentId) { ReversalReason = reason });
            Raise(new RedemptionReversed(appointmentId, ReversalOutcome.Returned, reason, redemption.Value), now);
            return new ReversalResult(appointmentId, true, SessionsRemaining, true);
        }

        _redemptions[_redemptions.IndexOf(redemption)] = redemption with { Outcome = RedemptionOutcome.Forfeited, ForfeitReason = reason };
        Record(new PackageEvent(now, actor.ToString(), PackageEventKind.SessionForfeited, appointmentId) { ReversalReason = reason });
        Raise(new RedemptionReversed(appointmentId, ReversalOutcome.Forfeited, reason, redemption.Value), now);
        return new ReversalResult(appointmentId, false, SessionsRemaining, true);
    }

    /// <summary>
    /// A reversal repeated after the returned session's audit line left the document for an archived page
    /// gets the same answer as the first time; null when the appointment was never returned here.
    /// </summary>
    public ReversalResult? RepeatedReversal(string appointmentId, IEnumerable<HistoryPage> archived) =>
        RedemptionFor(appointmentId) is null
        && archived.SelectMany(p => p.Events).Any(e => e.Kind == PackageEventKind.SessionReturned && e.Ref == appointmentId)
            ? new ReversalResult(appointmentId, true, SessionsRemaining, false)
            : null;

    public Redemption? RedemptionFor(string appointmentId) =>
        _redemptions.FirstOrDefault(r => r.AppointmentId == appointmentId);

    /// <summary>The receipt names the client served, who may be a beneficiary rather than the owner.</summary>
    public Receipt ReceiptFor(Redemption redemption) => new(
        Id, Terms.Name, redemption.ClientId, redemption.AppointmentId, redemption.ServiceType, redemption.Slot + 1, Terms.Sessions,
        redemption.SessionsRemainingAfter, redemption.Value, redemption.RedeemedAt, redemption.Outcome)
    {
        Practitioner = redemption.Practitioner, ServiceCode = redemption.ServiceCode, ListPrice = Terms.ListPricePerSession, TimeZoneId = TimeZoneId,
    };

    private bool WasReturned(string appointmentId) =>
        _history.Any(e => e.Kind == PackageEventKind.SessionReturned && e.Ref == appointmentId);
}
