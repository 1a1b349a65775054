using Packages.Domain.Offers;

namespace Packages.Infrastructure.Cosmos.Documents;

public sealed record MembershipPlanDocument(MembershipPeriodUnit Period, int RolloverMax, int MinimumPeriods, bool Unlimited = false)
{
    public static MembershipPlanDocument From(MembershipPlan plan) => new(plan.Period, plan.RolloverMax, plan.MinimumPeriods, plan.Unlimited);

    public MembershipPlan ToPlan() => new(Period, RolloverMax, MinimumPeriods, Unlimited);
}
