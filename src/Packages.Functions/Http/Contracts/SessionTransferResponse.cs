namespace Packages.Functions.Http.Contracts;

/// <summary>A finished move of sessions: the package they left, and the recipient's new package.</summary>
public sealed record SessionTransferResponse(PackageResponse Source, PackageResponse Received);
