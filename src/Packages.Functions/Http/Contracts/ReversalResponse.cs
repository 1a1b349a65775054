using Packages.Domain.Packages.Events;

namespace Packages.Functions.Http.Contracts;

/// <summary>What a reversal did: the session returned or forfeited, and the sessions left.</summary>
public sealed record ReversalResponse(string AppointmentId, ReversalOutcome Outcome, int SessionsRemaining);
