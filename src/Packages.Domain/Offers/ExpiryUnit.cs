namespace Packages.Domain.Offers;

public enum ExpiryUnit
{
    Days,
    Weeks,
    Months,
}
