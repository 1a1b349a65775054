using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Packages.Domain.Offers;

namespace Packages.Functions.Http.Contracts;

/// <summary>
/// Makes the offer a membership plan: its price and sessions are per period, renewed every period from the enrolment day
/// (month-end safe). Leave the offer's defaultExpiry out (periods end the sessions) and soldOnline false.
/// </summary>
public sealed record MembershipPlanRequest(
    [property: JsonRequired, Description("How long one period runs, counted from the enrolment day in the clinic's calendar.")] MembershipPeriodUnit? Period,
    [property: Range(0, PackageTerms.MaxSessions), DefaultValue(0), Description("At most this many unused sessions of a fully paid period carry into the next (0: none); at most the sessions per period.")] int? RolloverMax,
    [property: Range(1, MembershipPlan.MaxMinimumPeriods), DefaultValue(1), Description("The minimum term in periods: a cancel ends the membership after the current period, or after this many periods if later.")] int? MinimumPeriods,
    [property: DefaultValue(false), Description("Unlimited: the offer's sessions are only a cap of visits per period (absent: 1000), the price is recognized evenly over the period's days, and a visit's receipt states one day's share of it. No rollover.")] bool? Unlimited = null);
