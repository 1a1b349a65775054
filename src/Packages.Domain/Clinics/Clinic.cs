using Packages.Domain.Common;

namespace Packages.Domain.Clinics;

/// <summary>A clinic's profile: what the packages rules need to know about the tenant.</summary>
public sealed record Clinic
{
    /// <summary>The grace a clinic gives an unpaid membership period when it states none: a week.</summary>
    public const int DefaultMembershipGraceDays = 7;

    /// <summary>The longest grace: four weeks (a weekly membership then invoices four more periods before an unpaid one is past due).</summary>
    public const int MaxMembershipGraceDays = 28;

    private Clinic(string id, string name, string timeZoneId, ReminderPolicy reminders, OnlinePurchasePolicy onlinePurchases, ReceiptDetails? receiptDetails = null,
        int membershipGraceDays = DefaultMembershipGraceDays)
    {
        MembershipGraceDays = membershipGraceDays;
        ReceiptDetails = receiptDetails;
        Id = id;
        Name = name;
        TimeZoneId = timeZoneId;
        Reminders = reminders;
        OnlinePurchases = onlinePurchases;
    }

    public string Id { get; }

    public string Name { get; }

    /// <summary>IANA time zone id (e.g. America/Toronto): every calendar rule is evaluated in it.</summary>
    public string TimeZoneId { get; }

    public TimeZoneInfo TimeZone => ClinicCalendar.FindZone(TimeZoneId);

    /// <summary>When its packages remind; packages sold from now on keep it.</summary>
    public ReminderPolicy Reminders { get; }

    /// <summary>The hold of an unpaid online purchase and the per-patient limit of unpaid ones.</summary>
    public OnlinePurchasePolicy OnlinePurchases { get; }

    /// <summary>The clinic as receipts name it for insurers; null: only its name.</summary>
    public ReceiptDetails? ReceiptDetails { get; }

    /// <summary>Days after a membership period starts by which it must be paid (its first day plus these); memberships enrolled from now on keep it.</summary>
    public int MembershipGraceDays { get; }

    public static Result<Clinic> Create(
        string id, string? name, string? timeZoneId, ReminderPolicy? reminders = null, OnlinePurchasePolicy? onlinePurchases = null, ReceiptDetails? receiptDetails = null,
        int? membershipGraceDays = null)
    {
        var errors = new FieldErrors()
            .Require(Identifiers.IsValid(id), "clinicId", Identifiers.Message("the clinic's id"))
            .Require(Text.IsValid(name, Text.MaxNameLength), "name", $"Give a name of 1-{Text.MaxNameLength} characters, without control characters.")
            .Require(ClinicCalendar.TryFindZone(timeZoneId, out _), "timeZone", "Give an IANA time zone id such as America/Toronto.")
            .Require(membershipGraceDays is null or >= 0 and <= MaxMembershipGraceDays, "membershipGraceDays", $"Give 0-{MaxMembershipGraceDays} days.");
        return errors.Any ? errors.ToError() : new Clinic(id, name!.Trim(), timeZoneId!, reminders ?? ReminderPolicy.Default, onlinePurchases ?? OnlinePurchasePolicy.Default, receiptDetails,
            membershipGraceDays ?? DefaultMembershipGraceDays);
    }

    /// <summary>Rebuilds a stored clinic (null policies: the defaults); the store only holds clinics that passed <see cref="Create"/>.</summary>
    public static Clinic Rehydrate(
        string id, string name, string timeZoneId, ReminderPolicy? reminders, OnlinePurchasePolicy? onlinePurchases = null, ReceiptDetails? receiptDetails = null,
        int? membershipGraceDays = null) =>
        new(id, name, timeZoneId, reminders ?? ReminderPolicy.Default, onlinePurchases ?? OnlinePurchasePolicy.Default, receiptDetails,
            membershipGraceDays ?? DefaultMembershipGraceDays);
}
