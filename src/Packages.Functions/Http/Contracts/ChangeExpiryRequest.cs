using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Packages.Domain.Common;

namespace Packages.Functions.Http.Contracts;

/// <summary>
/// The new last day of use (yyyy-MM-dd, clinic time) with a reason. Clearing the expiry is said explicitly, so a
/// forgotten field never clears one: <c>"neverExpires": true</c> (what generated clients send, since they leave out
/// nulls), or <c>"expiresOn": null</c>. A body with neither is refused.
/// </summary>
public sealed record ChangeExpiryRequest
{
    private readonly DateOnly? _expiresOn;

    [Description("The new last day of use in the clinic's calendar; null (given explicitly): never expires.")]
    public DateOnly? ExpiresOn
    {
        get => _expiresOn;
        init
        {
            _expiresOn = value;
            ExpiresOnGiven = true;
        }
    }

    [Description("true: the package never expires (instead of expiresOn).")]
    public bool? NeverExpires { get; init; }

    [JsonRequired, MaxLength(Text.MaxReasonLength), RegularExpression(Text.NotBlankPattern)]
    public string? Reason { get; init; }

    /// <summary>Whether the body named expiresOn at all (null included).</summary>
    [JsonIgnore]
    public bool ExpiresOnGiven { get; private init; }

    /// <summary>The last day asked for (null: never), or the validation problem of a body that says neither or both.</summary>
    public Result<DateOnly?> LastDay()
    {
        if (ExpiresOn is { } day)
        {
            return NeverExpires is true ? DomainError.Validation("neverExpires", "Give expiresOn or neverExpires, not both.") : day;
        }

        return NeverExpires is true || ExpiresOnGiven
            ? Result<DateOnly?>.Success(null)
            : DomainError.Validation("expiresOn", "Give the new last day (expiresOn), or neverExpires: true to clear it.");
    }
}
