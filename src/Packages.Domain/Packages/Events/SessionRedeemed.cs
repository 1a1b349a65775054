using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>session-redeemed: a session used by <see cref="ClientId"/> (the owner or a beneficiary); <see cref="Value"/> is its share of the price (revenue recognized).</summary>
public sealed record SessionRedeemed(string AppointmentId, string ClientId, string ServiceType, int SessionNumber, Money Value) : PackageEventData;
