using System.Text.Json.Serialization;
using Packages.Domain.Packages;

namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>
/// One sold package: the whole aggregate in one document, so every command is one conditional write.
/// <see cref="ExpiresAtUtc"/> and the summary fields are derived copies kept for queries and reports.
/// </summary>
public sealed record PackageDocument
{
    public required string Id { get; init; }

    public required string ClinicId { get; init; }

    public string Type { get; init; } = DocumentTypes.Package;

    /// <summary>3: one object per redemption (beneficiaries, transfers and a redemption's clientId were added later as optional fields). Version 2 (redemptions by column) is upgraded when read (<see cref="SchemaVersion2"/>).</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public const int CurrentSchemaVersion = 3;

    /// <summary>The owner: the client it was sold or transferred to.</summary>
    public required string ClientId { get; init; }

    /// <summary>When the owner received it by a whole transfer; absent when they own it since the sale.</summary>
    public DateTimeOffset? OwnerSince { get; init; }

    /// <summary>Clients besides the owner who may use it (family sharing); absent when none. Indexed for the client's list.</summary>
    public string[]? Beneficiaries { get; init; }

    /// <summary>Sessions moved out to other clients' packages; absent when none.</summary>
    public SessionTransferDocument[]? TransfersOut { get; init; }

    /// <summary>When a move of sessions out of this package is still unfinished (the transfer timer's indexed query).</summary>
    public string? TransferPendingSince { get; init; }

    /// <summary>A package made of moved sessions: the package they came from.</summary>
    public string? TransferredFrom { get; init; }

    /// <summary>The refund requested, once the package is refunded.</summary>
    public RefundDocument? Refund { get; init; }

    /// <summary>An online purchase: the client who bought it (the owner, or the giver of a gift).</summary>
    public string? PurchasedBy { get; init; }

    /// <summary>An online purchase until its first payment: when it is cancelled unpaid.</summary>
    public DateTimeOffset? HoldUntil { get; init; }

    /// <summary>The same instant while the hold runs (active, unpaid), compared as a string by the hold timer's indexed query.</summary>
    public string? HoldUntilUtc { get; init; }

    public required string OfferId { get; init; }

    public required TermsDocument Terms { get; init; }

    public required string TimeZone { get; init; }

    public required DateTimeOffset PurchasedAt { get; init; }

    /// <summary>Last local day of use (yyyy-MM-dd), or null for never.</summary>
    public DateOnly? ExpiresOn { get; init; }

    /// <summary>The expiry instant in a fixed-width UTC format, compared as a string by the sweep query; only while active.</summary>
    public string? ExpiresAtUtc { get; init; }

    public required PackageStatus Status { get; init; }

    public PackageSource Source { get; init; } = PackageSource.Sold;

    public string? ExternalReference { get; init; }

    public required PaymentDocument[] Payments { get; init; }

    /// <summary>The sessions in use, in the order they were redeemed.</summary>
    public required RedemptionDocument[] Redemptions { get; init; }

    /// <summary>The most recent audit lines (bounded); older ones are in history page documents.</summary>
    public required PackageEventDocument[] History { get; init; }

    public int HistoryPagesArchived { get; init; }

    /// <summary>Events stored by the same write as the change that raised them, until published.</summary>
    public OutboundEventDocument[] Outbox { get; init; } = [];

    /// <summary>The outbox's length.</summary>
    public int PendingEvents { get; init; }

    /// <summary>When the oldest event still in the outbox was raised (the relay's indexed query); null when empty.</summary>
    public string? OldestPendingAt { get; init; }

    /// <summary>The sale's reminder policy; absent while it is the default.</summary>
    public ReminderPolicyDocument? Reminders { get; init; }

    /// <summary>Expiring-soon reminders already sent, and for which expiry date.</summary>
    public ExpiryRemindersDocument? ExpiryReminders { get; init; }

    /// <summary>When the next expiring-soon reminder falls due (the reminder timer's indexed query); null when none is left.</summary>
    public string? NextReminderAtUtc { get; init; }

    public int EventSequence { get; init; }

    /// <summary>Imported packages: a digest of the import row, to tell a retried row from a different one.</summary>
    public string? ImportFingerprint { get; init; }

    /// <summary>Raised each time an appointment claim on this package is released (see AppointmentRedemption).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int ClaimFence { get; init; }

    public required MoneyDocument AmountPaid { get; init; }

    /// <summary>The liability the package's events have booked (its paid, unused value) and when; absent before the first change.</summary>
    public LiabilityBookedDocument? LiabilityBooked { get; init; }

    /// <summary>Freezes, ended ones included (at most Package.MaxFreezes); absent when none.</summary>
    public FreezeDocument[]? Freezes { get; init; }

    /// <summary>A membership period: which one, the plan and the membership's schedule; absent on a package.</summary>
    public MembershipPeriodDocument? Membership { get; init; }

    /// <summary>The membership a period belongs to (indexed: a membership's periods are one query in the clinic's partition).</summary>
    public string? MembershipId { get; init; }

    /// <summary>The newest period's renewal instant, as a sortable string (the renewal timer's indexed query); absent once renewed or ended.</summary>
    public string? RenewsAtUtc { get; init; }

    /// <summary>An unpaid period's grace end, as a sortable string (the renewal timer's past-due query); absent once paid or past due.</summary>
    public string? GraceEndsAtUtc { get; init; }

    /// <summary>An unlimited plan's period: the next month's end inside it, as a sortable string (the renewal timer's recognition query).</summary>
    public string? RecognizeAtUtc { get; init; }

    public required int SessionsRemaining { get; init; }

    [JsonPropertyName("_etag")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ETag { get; init; }
}

/// <summary>
/// The liability a package's events have booked and the value its end released (minor units of its currency), and when
/// the last change counted.
/// </summary>
public sealed record LiabilityBookedDocument(long BalanceMinor, long ReleasedMinor, DateTimeOffset At);

/// <summary>A freeze: its first and last frozen day (clinic calendar), reason, who set it and when.</summary>
public sealed record FreezeDocument(DateOnly From, DateOnly Until, string Reason, string By, DateTimeOffset At, int PushedDays);
