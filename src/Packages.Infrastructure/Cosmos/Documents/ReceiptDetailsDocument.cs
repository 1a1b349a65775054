namespace Packages.Infrastructure.Cosmos.Documents;

public sealed record ReceiptDetailsDocument(string? LegalName, string? Address, string? TaxNumber);
