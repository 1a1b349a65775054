using Packages.Domain.Offers;

namespace Packages.Functions.Http.Contracts;

/// <summary>"N days/weeks/months after purchase"; null (or absent) means the package never expires.</summary>
public sealed record ExpiryPolicyDto(int Count, ExpiryUnit Unit);
