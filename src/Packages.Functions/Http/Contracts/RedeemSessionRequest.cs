namespace Packages.Functions.Http.Contracts;

public sealed record RedeemSessionRequest(string? AppointmentId, string? ServiceType);
