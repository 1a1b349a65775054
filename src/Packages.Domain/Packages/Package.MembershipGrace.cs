using Packages.Domain.Clinics;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

/// <summary>
/// A membership period's grace (docs/rules.md "Memberships"): unpaid after its due day it is past due, which refuses the
/// membership's sessions until it is paid; closing the period (cancel, delete, refund) writes its debt off.
/// </summary>
public sealed partial class Package
{
    /// <summary>Timer: a period still unpaid when its grace ends becomes past due. Returns whether it changed.</summary>
    public bool CheckGrace(DateTimeOffset now)
    {
        if (Membership is not { GraceEndsAt: { } graceEnd } m || now < graceEnd)
        {
            return false;
        }

        Membership = m with { GraceEndsAt = null };
        if (!IsFullyPaid && Status is PackageStatus.Active or PackageStatus.Expired)
        {
            MarkPastDue(since: graceEnd, now);
        }

        return true;
    }

    /// <summary>
    /// After a payment change: paid clears the grace (and a past due); unpaid again restarts the grace, or is past due at
    /// once if its due day has passed. A closed period (cancelled, refunded) owes nothing any more.
    /// </summary>
    private void FollowPaymentInMembership(DateTimeOffset now)
    {
        if (Membership is not { } m)
        {
            return;
        }

        if (IsFullyPaid)
        {
            Membership = m with { GraceEndsAt = null, PastDueSince = null };
            if (m.PastDueSince is not null)
            {
                Record(new PackageEvent(now, Domain.Common.Actor.PaymentSystem.ToString(), PackageEventKind.Reinstated, m.MembershipId));
                Raise(new MembershipReinstated(m.MembershipId, m.Period, AmountPaid), now);
            }
        }
        else if (m.GraceEndsAt is null && m.PastDueSince is null && Status is PackageStatus.Active or PackageStatus.Expired)
        {
            var graceEnd = ClinicCalendar.EndOfDay(m.DueOn, ClinicCalendar.FindZone(TimeZoneId));
            if (now >= graceEnd)
            {
                MarkPastDue(since: now, now);
            }
            else
            {
                Membership = m with { GraceEndsAt = graceEnd };
            }
        }
    }

    /// <summary>A period cancelled, deleted or refunded is no longer owed: it stops making the membership past due.</summary>
    private void WriteOffMembershipPeriod()
    {
        if (Membership is { } m)
        {
            Membership = m with { GraceEndsAt = null, PastDueSince = null };
        }
    }

    /// <param name="since">When it became past due: its grace's end, or the moment a payment was taken back after it.</param>
    private void MarkPastDue(DateTimeOffset since, DateTimeOffset now)
    {
        var m = Membership!;
        Membership = m with { GraceEndsAt = null, PastDueSince = since };
        Record(new PackageEvent(now, Domain.Common.Actor.System.ToString(), PackageEventKind.PastDue, m.MembershipId) { Amount = AmountDue });
        Raise(new MembershipPastDue(m.MembershipId, m.Period, AmountDue), now);
    }
}
