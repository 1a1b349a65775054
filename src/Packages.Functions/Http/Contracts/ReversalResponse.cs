namespace Packages.Functions.Http.Contracts;

public sealed record ReversalResponse(string AppointmentId, string Outcome, int SessionsRemaining);
