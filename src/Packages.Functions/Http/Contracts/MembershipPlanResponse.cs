using Packages.Domain.Offers;

namespace Packages.Functions.Http.Contracts;

public sealed record MembershipPlanResponse(MembershipPeriodUnit Period, int RolloverMax, int MinimumPeriods, bool Unlimited);
