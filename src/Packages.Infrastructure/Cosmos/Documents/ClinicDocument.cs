using System.Text.Json.Serialization;

namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>A clinic's profile (id "profile") in the clinic's own partition.</summary>
public sealed record ClinicDocument(string Id, string ClinicId, string Name, string TimeZone)
{
    /// <summary>Absent: the default policy.</summary>
    public ReminderPolicyDocument? Reminders { get; init; }

    /// <summary>Absent: the default policy.</summary>
    public OnlinePurchasePolicyDocument? OnlinePurchases { get; init; }

    public ReceiptDetailsDocument? ReceiptDetails { get; init; }

    /// <summary>Absent: the default grace (7 days).</summary>
    public int? MembershipGraceDays { get; init; }

    public string Type { get; init; } = DocumentTypes.Clinic;

    public int SchemaVersion { get; init; } = 1;

    [JsonPropertyName("_etag")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ETag { get; init; }
}
