using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Packages.Domain.Common;

namespace Packages.Functions.Http.Contracts;

/// <summary>Days of the clinic's calendar when the package cannot be used (yyyy-MM-dd, both included), with a reason.</summary>
public sealed record FreezeRequest(
    [property: JsonRequired, Description("The first frozen day: today or later.")] DateOnly? From,
    [property: JsonRequired, Description("The last frozen day (the package's last day moves out by the days from 'from' through this one).")] DateOnly? Until,
    [property: JsonRequired, MaxLength(Text.MaxReasonLength), RegularExpression(Text.NotBlankPattern)] string? Reason);
