namespace Packages.Functions.Http.Contracts;

/// <summary>A page of items; pass <see cref="ContinuationToken"/> back as ?continuationToken= for the next one.</summary>
public sealed record PageResponse<T>(IReadOnlyList<T> Items, string? ContinuationToken);
