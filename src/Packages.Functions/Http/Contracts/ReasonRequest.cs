namespace Packages.Functions.Http.Contracts;

/// <summary>Why staff made a change; kept in the package's history.</summary>
public sealed record ReasonRequest(string? Reason);
