namespace Packages.Functions.Http.Contracts;

/// <summary>A package's whole audit trail, oldest first.</summary>
public sealed record HistoryResponse(IReadOnlyList<HistoryEntryResponse> Items);
