using Microsoft.Azure.Cosmos;
using Packages.Application.Ports;
using Packages.Infrastructure.Cosmos.Documents;

namespace Packages.Infrastructure.Cosmos.Stores;

/// <summary>
/// A membership's periods, read as a projection of four fields per period (about 120 bytes each), so a membership of
/// years reads a few KB. The clinic is in the query text as well as the partition key.
/// </summary>
public sealed class CosmosMembershipPeriods(PackagesContainer container) : IMembershipPeriods
{
    public async Task<IReadOnlyList<MembershipPeriodEntry>> ListAsync(string clinicId, string membershipId, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition(
                "SELECT c.id, c.membership.period, c.membership.pastDueSince, c.membership.graceEndsAt FROM c WHERE c.clinicId = @clinicId AND c.type = @type AND c.membershipId = @membershipId")
            .WithParameter("@clinicId", clinicId)
            .WithParameter("@type", DocumentTypes.Package)
            .WithParameter("@membershipId", membershipId);
        var periods = new List<MembershipPeriodEntry>();
        await foreach (var row in container.QueryAsync<PeriodRow>(query, clinicId, cancellationToken))
        {
            periods.Add(new MembershipPeriodEntry(row.Id, row.Period, row.PastDueSince is not null, row.GraceEndsAt));
        }

        return [.. periods.OrderBy(p => p.Period)];
    }

    private sealed record PeriodRow(string Id, int Period, DateTimeOffset? PastDueSince, DateTimeOffset? GraceEndsAt);
}
