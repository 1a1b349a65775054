namespace Packages.Infrastructure.Cosmos.Documents;

public sealed record MoneyDocument(long AmountMinor, string Currency);
