using Packages.Domain.Common;
using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
namespace Packages.Functions.Http.Contracts;

/// <summary>Why staff made a change; kept in the package's history.</summary>
public sealed record ReasonRequest([property: JsonRequired, MaxLength(Text.MaxReasonLength), RegularExpression(Text.NotBlankPattern)] string? Reason);
