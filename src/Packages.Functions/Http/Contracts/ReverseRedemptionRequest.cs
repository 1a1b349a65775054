using Packages.Domain.Packages;

namespace Packages.Functions.Http.Contracts;

/// <summary>cancelled gives the session back; lateCancel and noShow follow the package's late-cancel policy.</summary>
public sealed record ReverseRedemptionRequest(ReversalReason? Reason);
