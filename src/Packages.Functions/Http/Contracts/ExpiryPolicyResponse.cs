using Packages.Domain.Offers;

namespace Packages.Functions.Http.Contracts;

/// <summary>"Count units after purchase": how long a package sold from the offer lasts.</summary>
public sealed record ExpiryPolicyResponse(int Count, ExpiryUnit Unit);
