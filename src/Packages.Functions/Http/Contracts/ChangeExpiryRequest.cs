using Packages.Functions.Http.Documentation;
using Packages.Domain.Common;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Packages.Functions.Http.Contracts;

/// <summary>The new last day of use (yyyy-MM-dd, clinic time), required: null means the package never expires.</summary>
public sealed record ChangeExpiryRequest(
    [property: JsonRequired, NullAllowed, Description("The new last day of use in the clinic's calendar; null: never expires.")] DateOnly? ExpiresOn,
    [property: JsonRequired, MaxLength(Text.MaxReasonLength)] string? Reason);
