namespace Packages.Functions.Http.Contracts;

public sealed record SellPackageRequest(string? OfferId, string? ClientId);
