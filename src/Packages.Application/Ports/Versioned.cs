namespace Packages.Application.Ports;

/// <summary>A stored aggregate with the ETag that a conditional write must match.</summary>
public sealed record Versioned<T>(T Value, string ETag);
