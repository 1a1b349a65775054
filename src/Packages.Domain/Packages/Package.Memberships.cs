using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

/// <summary>
/// A package that is one period of a membership (<see cref="MembershipPeriod"/>, docs/rules.md "Memberships"): enrolment
/// and how a period opens. Renewal, the grace and the schedule are in the other Package.Membership* files.
/// </summary>
public sealed partial class Package
{
    public MembershipPeriod? Membership { get; private set; }

    /// <summary>The renewal recorded on this period (the move of its carried sessions to the next period); null before it.</summary>
    public SessionTransfer? Renewal => Membership is { } m ? _transfersOut.FirstOrDefault(t => t.ToPackageId == m.NextPeriodId) : null;

    /// <summary>Opens period 1 of a new membership <paramref name="membershipId"/> on today's date in the clinic's calendar.</summary>
    /// <param name="dueNoEarlierThan">An online enrolment's: the hold's last day, so its first period is not past due while held.</param>
    public static Result<Package> Enrol(
        string membershipId, string clientId, Offer offer, Clinic clinic, Actor actor, DateTimeOffset now, DateOnly? dueNoEarlierThan = null)
    {
        var terms = offer.TermsForEnrolment();
        if (!terms.IsSuccess)
        {
            return terms.Error!;
        }

        var plan = offer.Membership!;
        var anchor = ClinicCalendar.LocalDate(now, clinic.TimeZone);
        if (!plan.EndsInCalendar(anchor, 1))
        {
            return DomainError.Validation("offerId", ClinicCalendar.RangeMessage);
        }

        var membership = new MembershipPeriod(membershipId, 1, plan, anchor, clinic.MembershipGraceDays, null, DueOn: dueNoEarlierThan ?? default);
        return OpenPeriod(MembershipPeriod.PackageIdOf(membershipId, 1), clinic.Id, clientId, offer.Id, terms.Value, clinic.TimeZoneId, membership,
            [], clinic.Reminders, null, [], actor, now);
    }

    /// <summary>
    /// A patient enrols online (the plan is sold online), for themselves or as a gift: period 1 is an online purchase,
    /// held unpaid as a package bought online is (<see cref="BuyOnline"/>); cancelled at the hold's end, it ends the membership.
    /// </summary>
    public static Result<Package> EnrolOnline(string membershipId, string buyerClientId, string ownerClientId, Offer offer, Clinic clinic, DateTimeOffset now)
    {
        // An online purchase is held unpaid: its first period is not past due before the hold's last day (then it is cancelled if unpaid).
        var holdUntil = now + clinic.OnlinePurchases.Hold;
        var enrolled = Enrol(membershipId, ownerClientId, offer, clinic, new Actor(buyerClientId, "patient"), now, ClinicCalendar.LocalDate(holdUntil, clinic.TimeZone));
        if (!enrolled.IsSuccess)
        {
            return enrolled;
        }

        var online = Rehydrate(enrolled.Value.ToSnapshot() with { PurchasedBy = buyerClientId, HoldUntil = holdUntil });
        online.Raise(new PackagePurchaseRequested(buyerClientId, ownerClientId, online.Terms.Price, online.Id, online.HoldUntil!.Value), now);
        return online;
    }

    /// <summary>Refuses what would change a period's dates, owner or sessions outside the membership's own rules.</summary>
    private DomainError? CheckNotMembershipPeriod() => Membership is { } m ? MembershipErrors.ManagedByMembership(m.MembershipId) : null;

    /// <summary>
    /// A period's package, invoiced (membership-renewal-due) as it is created. Its grace runs from its first day, or from
    /// the day it opened if that is later (a period opened late, after the timer was down, still gets the whole grace).
    /// <paramref name="bookedAt"/>: when its first liability change counts (a renewal's: the last instant of the period before).
    /// </summary>
    private static Package OpenPeriod(
        string id, string clinicId, string clientId, string offerId, PackageTerms terms, string timeZoneId, MembershipPeriod period,
        PaymentEntry[] payments, ReminderPolicy reminders, string? previousPeriodId, string[] beneficiaries, Actor actor, DateTimeOffset now,
        PackageFreeze[]? freezesThisYear = null, DateTimeOffset? bookedAt = null)
    {
        var zone = ClinicCalendar.FindZone(timeZoneId);
        var plan = period.Plan;
        var renewsAt = plan.EndsInCalendar(period.Anchor, period.Period + 1)
            ? ClinicCalendar.StartOfDay(period.LastDay.AddDays(1), zone) : (DateTimeOffset?)null;
        var opened = ClinicCalendar.LocalDate(now, zone);
        var dueOn = (opened > period.StartsOn ? opened : period.StartsOn).AddDays(period.GraceDays);
        dueOn = period.DueOn > dueOn ? period.DueOn : dueOn; // a later due day asked for (an online enrolment's hold)
        period = period with { RenewsAt = renewsAt, DueOn = dueOn, GraceEndsAt = ClinicCalendar.EndOfDay(dueOn, zone) };
        var package = new Package(new PackageSnapshot(
            id, clinicId, clientId, offerId, terms, timeZoneId, now, period.LastDay, PackageStatus.Active, PackageSource.Membership, null,
            payments, [], [], 0, [], 0, Reminders: reminders, Beneficiaries: beneficiaries, TransferredFrom: previousPeriodId, Freezes: freezesThisYear,
            Membership: period));
        var own = terms.WithoutRollover(period.RolledOver);
        package.Record(new PackageEvent(now, actor.ToString(), PackageEventKind.PeriodOpened, period.MembershipId) { Amount = own.Price, Sessions = terms.Sessions });
        if (period.RolledOver > 0)
        {
            var rolledValue = terms.Price.Subtract(own.Price);
            package.Record(new PackageEvent(now, actor.ToString(), PackageEventKind.SessionsTransferredIn, previousPeriodId) { Sessions = period.RolledOver, Amount = rolledValue, Reason = "rollover" });
            package.Raise(new SessionsTransferredIn(previousPeriodId!, period.RolledOver, rolledValue, period.LastDay), now, bookedAt);
        }

        package.Raise(new MembershipRenewalDue(
            period.MembershipId, period.Period, own.Price, period.StartsOn, period.LastDay, dueOn, terms.Sessions, period.RolledOver), now, bookedAt);
        return package;
    }
}
