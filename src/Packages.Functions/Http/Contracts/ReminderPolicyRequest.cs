using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Packages.Domain.Clinics;

namespace Packages.Functions.Http.Contracts;

/// <summary>When the clinic's packages remind; either field left out keeps its default (30 and 7 days; 1 session).</summary>
public sealed record ReminderPolicyRequest(
    [property: MaxLength(ReminderPolicy.MaxThresholds), Range(1, ReminderPolicy.MaxDays), Description("package-expiring-soon this many days before the last day of use, each once per expiry date.")] int[]? ExpiringSoonDays,
    [property: Range(0, 1000), Description("package-sessions-low when a redemption leaves this many sessions (0: never).")] int? SessionsLowAt);
