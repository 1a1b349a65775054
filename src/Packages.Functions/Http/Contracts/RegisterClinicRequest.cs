namespace Packages.Functions.Http.Contracts;

public sealed record RegisterClinicRequest(string? Name, string? TimeZone);
