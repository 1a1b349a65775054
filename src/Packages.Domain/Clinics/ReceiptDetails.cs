using Packages.Domain.Common;

namespace Packages.Domain.Clinics;

/// <summary>What an insurer looks for on a receipt about the clinic: its legal name, address and registration or tax number (each optional).</summary>
public sealed record ReceiptDetails(string? LegalName, string? Address, string? TaxNumber)
{
    public const int MaxLength = 200;

    public static Result<ReceiptDetails> Create(string? legalName, string? address, string? taxNumber)
    {
        var errors = new FieldErrors();
        foreach (var (field, value) in new[] { ("legalName", legalName), ("address", address), ("taxNumber", taxNumber) })
        {
            errors.Require(value is null || Text.IsValid(value, MaxLength), $"receiptDetails.{field}", $"Give 1-{MaxLength} characters, without control characters, or leave it out.");
        }

        return errors.Any ? errors.ToError() : new ReceiptDetails(legalName?.Trim(), address?.Trim(), taxNumber?.Trim());
    }
}
