namespace Packages.Application.Ports;

/// <summary>
/// The result of creating a document under an id that may already exist (an idempotent retry).
/// When it exists, <see cref="ExistingFingerprint"/> is the fingerprint of the request that created it.
/// </summary>
public sealed record CreateOutcome(bool Created, string? ExistingFingerprint)
{
    public static CreateOutcome Success { get; } = new(true, null);

    public static CreateOutcome AlreadyExists(string? fingerprint) => new(false, fingerprint);
}
