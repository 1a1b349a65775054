using Packages.Application.Memberships;
using Packages.Domain.Packages;

namespace Packages.Functions.Http.Contracts;

/// <summary>How memberships and membership periods are answered.</summary>
public static class MembershipMapping
{
    public static MembershipPeriodResponse ToResponse(this MembershipPeriod m) =>
        new(m.MembershipId, m.Period, m.StartsOn, m.LastDay, m.DueOn, m.PastDueSince, m.RolledOver, m.RenewsAt, m.EndsAfterPeriod);

    public static MembershipResponse ToResponse(this MembershipState state, DateTimeOffset now)
    {
        var (current, m) = (state.Current, state.Schedule);
        return new(
            m.MembershipId, current.ClinicId, current.ClientId, current.OfferId, state.Status,
            new MembershipPlanResponse(m.Plan.Period, m.Plan.RolloverMax, m.Plan.MinimumPeriods, m.Plan.Unlimited), m.Anchor, state.Periods.Count, state.PastDuePeriods,
            m.RenewsAt, m.EndsAfterPeriod, m.EndsAfterPeriod is { } last ? m.LastDayOf(last) : state.HasEnded ? m.LastDay : null,
            current.ToResponse(now));
    }
}
