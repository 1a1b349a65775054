using System.ComponentModel;

namespace Packages.Functions.Http.Contracts;

/// <summary>On a package that is a period of a membership: which one, its days, and (on the newest period) the schedule.</summary>
public sealed record MembershipPeriodResponse(
    string MembershipId,
    int Period,
    DateOnly StartsOn,
    DateOnly EndsOn,
    [property: Description("The last day to pay this period before the membership is past due (its first day, or the day it opened if later, plus the clinic's grace).")] DateOnly DueOn,
    [property: Description("Since when this period is past due; null when it is not.")] DateTimeOffset? PastDueSince,
    [property: Description("Sessions carried over from the period before (included in the terms' sessions).")] int RolledOverSessions,
    [property: Description("When the next period starts and is invoiced; null on a period already renewed, or the last.")] DateTimeOffset? RenewsAt,
    [property: Description("A scheduled cancel: the membership's last period.")] int? EndsAfterPeriod);
