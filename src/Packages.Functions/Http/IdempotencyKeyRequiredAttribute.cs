namespace Packages.Functions.Http;

/// <summary>
/// A POST that must carry an Idempotency-Key: its command is only safe to repeat under one (a move of sessions, an online
/// purchase), so a request without it is refused (400) before the function runs. The contract marks the header required.
/// The key is the caller's: another user repeating it makes a request of their own.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IdempotencyKeyRequiredAttribute : Attribute;
