using Packages.Domain.Common;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using System.Text.Json.Serialization;
using Packages.Domain.Offers;

namespace Packages.Functions.Http.Contracts;

/// <summary>"N days/weeks/months after purchase": both fields required. The offer's field itself is null for no expiry.</summary>
public sealed record ExpiryPolicyRequest(
    [property: JsonRequired, Range(1, ExpiryPolicy.MaxCount), Description("At most ten years: 3650 days, 521 weeks or 120 months.")] int? Count,
    [property: JsonRequired] ExpiryUnit? Unit);
