using Packages.Domain.Clinics;
using Packages.Domain.Common;
using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
namespace Packages.Functions.Http.Contracts;

public sealed record RegisterClinicRequest(
    [property: JsonRequired, MaxLength(Text.MaxNameLength), RegularExpression(Text.NotBlankPattern), Description("The clinic's name as receipts show it.")] string? Name,
    [property: JsonRequired, Description("The clinic's IANA time zone (e.g. America/Toronto): expiry and reports follow its calendar.")] string? TimeZone,
    [property: Description("Reminder policy; absent: the default (30 and 7 days before expiry, 1 session left).")] ReminderPolicyRequest? Reminders = null,
    [property: Description("Online purchase policy; absent: the default (24-hour hold, 3 unpaid purchases per patient).")] OnlinePurchasePolicyRequest? OnlinePurchases = null,
    [property: Description("Legal name, address and registration or tax number printed on receipts for insurers.")] ReceiptDetailsRequest? ReceiptDetails = null,
    [property: Range(0, Clinic.MaxMembershipGraceDays), Description("Days after a membership period starts by which it must be paid (through the end of its first day plus these); unpaid then, the membership is past due. Absent: 7.")] int? MembershipGraceDays = null);
