namespace Packages.Functions.Http.Contracts;

public sealed record ClinicResponse(
    string ClinicId, string Name, string TimeZone, ReminderPolicyResponse Reminders, OnlinePurchasePolicyResponse OnlinePurchases, ClinicOnReceiptResponse OnReceipts,
    int MembershipGraceDays);
