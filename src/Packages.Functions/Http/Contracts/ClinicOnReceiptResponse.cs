namespace Packages.Functions.Http.Contracts;

/// <summary>The clinic as a receipt names it: its name and, when registered, legal name, address and tax number.</summary>
public sealed record ClinicOnReceiptResponse(string Name, string? LegalName, string? Address, string? TaxNumber);
