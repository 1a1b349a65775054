namespace Packages.Functions.Http.Contracts;

/// <summary>The new last day of use (yyyy-MM-dd, clinic time); null or absent means the package never expires.</summary>
public sealed record ChangeExpiryRequest(DateOnly? ExpiresOn, string? Reason);
