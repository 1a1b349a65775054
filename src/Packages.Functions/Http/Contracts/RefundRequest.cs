using Packages.Domain.Common;
using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
namespace Packages.Functions.Http.Contracts;

/// <summary>Why the package is refunded, and optionally a lower amount than the policy gives (staff's override).</summary>
public sealed record RefundRequest(
    [property: JsonRequired, MaxLength(Text.MaxReasonLength), RegularExpression(Text.NotBlankPattern)] string? Reason,
    [property: Range(0, Money.MaxAmountMinor), Description("Refund less than the policy's amount (never more); absent: the policy's amount.")] long? AmountMinor = null);
