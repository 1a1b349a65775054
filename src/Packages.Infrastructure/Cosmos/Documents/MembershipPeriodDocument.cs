using Packages.Domain.Packages;

namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>
/// A membership period (docs/rules.md, "Memberships"): which membership and period the package is, the plan, the
/// enrolment day every period is counted from, the grace, and the membership's schedule while this is its newest period.
/// </summary>
public sealed record MembershipPeriodDocument(
    string MembershipId,
    int Period,
    MembershipPlanDocument Plan,
    DateOnly Anchor,
    int GraceDays,
    DateTimeOffset? RenewsAt,
    DateTimeOffset? GraceEndsAt,
    DateTimeOffset? PastDueSince,
    int? EndsAfterPeriod,
    int RolledOver,
    int StartShiftDays = 0,
    int EndShiftDays = 0,
    DateOnly DueOn = default,
    long RecognizedMinor = 0,
    DateOnly? RecognizedThrough = null)
{
    public static MembershipPeriodDocument From(MembershipPeriod m) =>
        new(m.MembershipId, m.Period, MembershipPlanDocument.From(m.Plan), m.Anchor, m.GraceDays, m.RenewsAt, m.GraceEndsAt, m.PastDueSince, m.EndsAfterPeriod, m.RolledOver, m.StartShiftDays, m.EndShiftDays, m.DueOn, m.RecognizedMinor, m.RecognizedThrough);

    public MembershipPeriod ToPeriod() =>
        new(MembershipId, Period, Plan.ToPlan(), Anchor, GraceDays, RenewsAt, GraceEndsAt, PastDueSince, EndsAfterPeriod, RolledOver, StartShiftDays, EndShiftDays, DueOn, RecognizedMinor, RecognizedThrough);
}
