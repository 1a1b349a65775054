namespace Packages.Domain.Packages;

/// <summary>What reversing a redemption did: the session given back, or kept as forfeited.</summary>
public sealed record ReversalResult(string AppointmentId, bool SessionReturned, int SessionsRemaining, bool Changed);
