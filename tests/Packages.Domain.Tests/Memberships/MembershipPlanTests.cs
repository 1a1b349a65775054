using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;

namespace Packages.Domain.Tests.Memberships;

/// <summary>Membership periods in the clinic's calendar (docs/rules.md, "Memberships"): counted from the enrolment day, month-end safe.</summary>
public sealed class MembershipPlanTests
{
    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static MembershipPlan Plan(MembershipPeriodUnit unit, int rollover = 0, int minimum = 1) => MembershipPlan.Create(unit, rollover, minimum, 4).Value;

    [Theory]
    [InlineData("Month", "2027-01-31", "2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30")]
    [InlineData("Month", "2028-01-31", "2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30")]
    [InlineData("Month", "2027-01-15", "2027-01-15", "2027-02-15", "2027-03-15", "2027-04-15")]
    [InlineData("Week", "2027-03-10", "2027-03-10", "2027-03-17", "2027-03-24", "2027-03-31")]
    [InlineData("Year", "2028-02-29", "2028-02-29", "2029-02-28", "2030-02-28", "2031-02-28")]
    public void Periods_start_from_the_enrolment_day_never_from_the_previous_period(string unit, string anchor, string first, string second, string third, string fourth)
    {
        var plan = Plan(Enum.Parse<MembershipPeriodUnit>(unit));

        Assert.Equal([Day(first), Day(second), Day(third), Day(fourth)], Enumerable.Range(1, 4).Select(n => plan.StartOf(Day(anchor), n)));
        Assert.Equal(Day(second).AddDays(-1), plan.LastDayOf(Day(anchor), 1)); // a period ends the day before the next starts
    }

    [Fact]
    public void A_plan_is_refused_without_a_period_or_with_a_rollover_above_one_period_or_a_minimum_term_out_of_range()
    {
        var noPeriod = MembershipPlan.Create(null, 0, 1, 4);
        var rollover = MembershipPlan.Create(MembershipPeriodUnit.Month, 5, 1, 4);
        var minimum = MembershipPlan.Create(MembershipPeriodUnit.Month, 0, MembershipPlan.MaxMinimumPeriods + 1, 4);
        var undefined = MembershipPlan.Create((MembershipPeriodUnit)7, 0, 1, 4);

        Assert.Equal(["membership.period", "membership.rolloverMax", "membership.minimumPeriods", "membership.period"],
            new[] { noPeriod, rollover, minimum, undefined }.Select(r => r.Error!.FieldErrors!.Keys.Single()));
    }

    [Fact]
    public void A_plan_left_at_its_defaults_carries_nothing_over_and_has_a_one_period_minimum_term()
    {
        var plan = MembershipPlan.Create(MembershipPeriodUnit.Week, null, null, 4).Value;

        Assert.Equal((0, 1), (plan.RolloverMax, plan.MinimumPeriods));
    }

    [Fact]
    public void Rolled_over_sessions_keep_their_value_so_each_periods_receipts_still_add_up_to_its_price()
    {
        var terms = PackageTerms.Create("Monthly", new Money(10_000, "CAD"), 3, ["massage"], null, ExpiryPolicy.Never, false).Value;
        var carried = new[] { new Money(3_334, "CAD"), new Money(3_333, "CAD") };

        var rolled = terms.WithRollover(carried);

        Assert.Equal((5, 16_667L), (rolled.Sessions, rolled.Price.AmountMinor));
        Assert.Equal([3_333L, 3_333L, 3_334L, 3_334L, 3_333L], Enumerable.Range(0, 5).Select(s => rolled.SessionValue(s).AmountMinor));
        var own = rolled.WithoutRollover(2);
        Assert.Equal((3, 10_000L, null), (own.Sessions, own.Price.AmountMinor, own.SessionValues));
    }

    [Fact]
    public void The_calendar_end_stops_renewals_instead_of_overflowing()
    {
        var plan = Plan(MembershipPeriodUnit.Year);

        Assert.True(plan.EndsInCalendar(Day("2190-06-01"), 1));
        Assert.False(plan.EndsInCalendar(Day("2190-06-01"), 10)); // period 10 would end in 2200, past the calendar the service keeps
        Assert.False(plan.EndsInCalendar(Day("1990-01-01"), int.MaxValue));
        Assert.True(ClinicCalendar.IsInRange(plan.StartOf(Day("2190-06-01"), 10).AddDays(-1)));
    }
}
