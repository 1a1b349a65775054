using System.Text.Json.Serialization;
using Packages.Domain.Offers;

namespace Packages.Functions.Http.Contracts;

/// <summary>"N days/weeks/months after purchase": both fields required. The offer's field itself is null for no expiry.</summary>
public sealed record ExpiryPolicyDto(
    [property: JsonRequired] int? Count,
    [property: JsonRequired] ExpiryUnit? Unit);
