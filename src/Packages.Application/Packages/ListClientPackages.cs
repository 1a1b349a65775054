using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record ListClientPackagesQuery(string ClinicId, string ClientId, ClientScope Scope, string? ContinuationToken, int? PageSize);

/// <summary>
/// A client's packages in a clinic, owned or shared, a page at a time (deleted sales included, with their status). Staff
/// see any client's (an unknown client has none); a patient sees only their own, and another client is 404.
/// </summary>
public sealed class ListClientPackages(IPackageStore packages)
{
    public async Task<Result<Page<Package>>> ExecuteAsync(ListClientPackagesQuery query, CancellationToken cancellationToken)
    {
        if (!Identifiers.IsValid(query.ClientId))
        {
            return DomainError.Validation("clientId", Identifiers.Rule);
        }

        if (!query.Scope.Allows(query.ClientId))
        {
            return ApplicationErrors.ClientNotFound(query.ClientId);
        }

        var size = Paging.PageSize(query.PageSize);
        if (!size.IsSuccess)
        {
            return size.Error!;
        }

        var page = await packages.ListForClientAsync(query.ClinicId, query.ClientId, query.ContinuationToken, size.Value, cancellationToken);
        // Owned or shared; for a patient, without what their scope hides (an unpaid gift someone else bought for them).
        return page.Map(p => new Page<Package>([.. p.Items.Select(v => v.Value).Where(v => query.Scope.ViewOf(v) is not null)], p.ContinuationToken));
    }
}
