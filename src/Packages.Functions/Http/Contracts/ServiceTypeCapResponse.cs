namespace Packages.Functions.Http.Contracts;

/// <summary>At most <see cref="MaxSessions"/> sessions of one service type in a package.</summary>
public sealed record ServiceTypeCapResponse(string ServiceType, int MaxSessions);
