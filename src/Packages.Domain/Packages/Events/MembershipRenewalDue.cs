using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// membership-renewal-due: a period of a membership opened (the first at enrolment) and is to be invoiced: the payment
/// system bills <see cref="Amount"/> and sends payment-applied naming the membership and <see cref="Period"/>. Its sessions
/// unlock when it is paid; unpaid after <see cref="DueOn"/> the membership is past due. Raised exactly once per period.
/// </summary>
public sealed record MembershipRenewalDue(
    string MembershipId, int Period, Money Amount, DateOnly StartsOn, DateOnly EndsOn, DateOnly DueOn, int Sessions, int RolledOverSessions) : PackageEventData;
