namespace Packages.Domain.Offers;

/// <summary>How long one period of a membership runs, counted in the clinic's calendar from the enrolment day.</summary>
public enum MembershipPeriodUnit
{
    Week,
    Month,
    Year,
}
