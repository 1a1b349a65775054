using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Application.Offers;

public sealed record ListOffersQuery(string ClinicId, OfferStatus? Status, string? ContinuationToken, int? PageSize);

/// <summary>A clinic's offers, optionally only active or archived ones, a page at a time.</summary>
public sealed class ListOffers(IOfferStore offers)
{
    public async Task<Result<Page<Offer>>> ExecuteAsync(ListOffersQuery query, CancellationToken cancellationToken)
    {
        var size = Paging.PageSize(query.PageSize);
        return size.IsSuccess
            ? await offers.ListAsync(query.ClinicId, query.Status, query.ContinuationToken, size.Value, cancellationToken)
            : size.Error!;
    }
}
