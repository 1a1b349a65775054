namespace Packages.Domain.Packages.Events;

/// <summary>
/// The body of an outgoing event (docs/messages.md): each event type is its own record deriving from this
/// one, and every event states the package's sessions remaining and status after the change (set when it is raised). Amounts are
/// what a finance consumer books: the value of a session is its allocated share of the price.
/// </summary>
public abstract record PackageEventData
{
    public int SessionsRemaining { get; init; }

    public PackageStatus Status { get; init; }

    /// <summary>How this event moved the package's liability (paid, unused value); absent when it did not.</summary>
    public LiabilityChange? Liability { get; init; }
}
