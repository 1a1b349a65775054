using System.ComponentModel.DataAnnotations;
using Packages.Domain.Clinics;

namespace Packages.Functions.Http.Contracts;

/// <summary>The clinic as receipts name it for insurers; each field optional.</summary>
public sealed record ReceiptDetailsRequest(
    [property: MaxLength(ReceiptDetails.MaxLength)] string? LegalName,
    [property: MaxLength(ReceiptDetails.MaxLength)] string? Address,
    [property: MaxLength(ReceiptDetails.MaxLength)] string? TaxNumber);
