namespace Packages.Functions.Http.Contracts;

/// <summary>When the clinic's packages remind (packages keep the policy of their sale).</summary>
public sealed record ReminderPolicyResponse(IReadOnlyList<int> ExpiringSoonDays, int SessionsLowAt);
