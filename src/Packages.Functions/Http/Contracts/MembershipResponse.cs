using System.ComponentModel;
using Packages.Application.Memberships;

namespace Packages.Functions.Http.Contracts;

/// <summary>
/// A membership: its plan, where it stands, and its current period (a package: pay it with payment messages naming the
/// membership and period; its sessions are used through POST memberships/{id}/redemptions).
/// </summary>
public sealed record MembershipResponse(
    string MembershipId,
    string ClinicId,
    string ClientId,
    string OfferId,
    MembershipStatus Status,
    MembershipPlanResponse Plan,
    [property: Description("The enrolment day in the clinic's calendar: every period is counted from it (month-end safe).")] DateOnly EnrolledOn,
    [property: Description("How many periods have opened so far.")] int Periods,
    [property: Description("Periods unpaid after the clinic's grace; while any is listed, sessions are refused (membership-past-due).")] IReadOnlyList<int> PastDuePeriods,
    [property: Description("When the next period starts and is invoiced; null once the membership has ended.")] DateTimeOffset? RenewsAt,
    [property: Description("A scheduled cancel's last period and its last day; null when none is scheduled.")] int? EndsAfterPeriod,
    DateOnly? EndsOn,
    [property: Description("The newest period, as a package.")] PackageResponse CurrentPeriod);
