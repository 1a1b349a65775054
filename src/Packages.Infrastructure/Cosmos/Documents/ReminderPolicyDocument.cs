namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>A reminder policy (ReminderPolicy); left out of a document while it is the default (30 and 7 days, 1 session).</summary>
public sealed record ReminderPolicyDocument(int[] ExpiringSoonDays, int SessionsLowAt);
