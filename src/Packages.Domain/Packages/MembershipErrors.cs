using Packages.Domain.Clinics;
using Packages.Domain.Common;

namespace Packages.Domain.Packages;

/// <summary>The refusals of membership commands.</summary>
public static class MembershipErrors
{
    public static DomainError NotFound(string membershipId) =>
        new(ErrorCodes.MembershipNotFound, ErrorKind.NotFound, $"Membership '{membershipId}' was not found.");

    public static DomainError OfferIsMembership(string offerId) =>
        new(ErrorCodes.OfferIsMembership, ErrorKind.Unprocessable, $"Offer '{offerId}' is a membership plan: enrol the client (POST memberships) instead.");

    public static DomainError OfferNotMembership(string offerId) =>
        new(ErrorCodes.OfferNotMembership, ErrorKind.Unprocessable, $"Offer '{offerId}' is a package, not a membership plan: sell it instead.");

    public static DomainError PastDue(IReadOnlyList<int> periods) =>
        new(ErrorCodes.MembershipPastDue, ErrorKind.Conflict,
            $"The membership is past due: period {string.Join(", ", periods)} is unpaid after the clinic's grace. Its sessions are refused until it is paid.");

    public static DomainError Ended(int lastPeriod, DateOnly lastDay) =>
        new(ErrorCodes.MembershipEnded, ErrorKind.Conflict, $"The membership ended with period {lastPeriod} on {ClinicCalendar.Format(lastDay)}.");

    /// <summary>The period addressed has ended and its renewal is due or under way: renew, then decide again on the next period.</summary>
    public static readonly DomainError RenewalDue =
        new(ErrorCodes.ConcurrencyConflict, ErrorKind.Conflict, "The membership's period just ended and is being renewed; retry.");

    public static DomainError ManagedByMembership(string membershipId) =>
        new(ErrorCodes.ManagedByMembership, ErrorKind.Unprocessable,
            $"This package is a period of membership '{membershipId}': its dates, owner and sessions follow the membership. Use the membership's routes.");
}
