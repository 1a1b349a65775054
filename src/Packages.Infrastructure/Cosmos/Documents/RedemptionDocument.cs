using System.Text.Json.Serialization;
using Packages.Domain.Packages;

namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>
/// A session in use, as an operator reads it in Data Explorer. Its value is stored only when the package's terms do
/// not give it (<see cref="ValueMinor"/>): otherwise it is the share of the price of <see cref="Slot"/> (docs/rules.md).
/// </summary>
public sealed record RedemptionDocument
{
    public required string AppointmentId { get; init; }

    /// <summary>Who used the session when it was not the package's owner (a beneficiary, or the owner before a transfer).</summary>
    public string? ClientId { get; init; }

    public required string ServiceType { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>Who redeemed it, as "role:user".</summary>
    public required string By { get; init; }

    /// <summary>The session's position in the package, 0-based: which share of the price it carries.</summary>
    public required int Slot { get; init; }

    /// <summary>Sessions left right after this redemption, as its receipt states.</summary>
    public required int SessionsLeft { get; init; }

    public string? Practitioner { get; init; }

    public string? ServiceCode { get; init; }

    /// <summary>An unlimited plan's visit: one day's share of its period's price when it was used (a later freeze does not change it); absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? ValueMinor { get; init; }

    /// <summary>Set only when a late cancel or no-show kept the session used.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReversalReason? Forfeited { get; init; }
}
