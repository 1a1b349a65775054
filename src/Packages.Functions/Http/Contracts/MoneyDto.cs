namespace Packages.Functions.Http.Contracts;

/// <summary>An amount in integer minor units (e.g. cents) and its ISO 4217 currency.</summary>
public sealed record MoneyDto(long AmountMinor, string Currency);
