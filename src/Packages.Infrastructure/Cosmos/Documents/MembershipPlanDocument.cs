using Packages.Domain.Offers;

namespace Packages.Infrastructure.Cosmos.Documents;

public sealed record MembershipPlanDocument(MembershipPeriodUnit Period, int RolloverMax, int MinimumPeriods)
{
    public static MembershipPlanDocument From(MembershipPlan plan) => new(plan.Period, plan.RolloverMax, plan.MinimumPeriods);

    public MembershipPlan ToPlan() => new(Period, RolloverMax, MinimumPeriods);
}
