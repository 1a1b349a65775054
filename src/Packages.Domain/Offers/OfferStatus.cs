namespace Packages.Domain.Offers;

public enum OfferStatus
{
    Active,
    Archived,
}
