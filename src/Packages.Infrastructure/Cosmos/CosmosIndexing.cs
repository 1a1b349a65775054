using System.Collections.ObjectModel;
using Microsoft.Azure.Cosmos;

namespace Packages.Infrastructure.Cosmos;

/// <summary>
/// The container's indexing policy, the same as infra/modules/cosmos.bicep (InfraTests compare them): only the
/// paths queries filter or sort on are indexed, and the timers' cross-clinic scans sort by (key, id), which a
/// composite index serves. Writes pay for these terms only, not for every field of a package.
/// </summary>
public static class CosmosIndexing
{
    public static IReadOnlyList<string> IncludedPaths { get; } =
        ["/clinicId/?", "/type/?", "/status/?", "/clientId/?", "/expiresAtUtc/?", "/oldestPendingAt/?", "/nextReminderAtUtc/?",
         // Each element of the array, for a client's shared packages (ARRAY_CONTAINS); the path syntax is IncludedPath.Path's
         // (https://learn.microsoft.com/dotnet/api/microsoft.azure.cosmos.includedpath.path).
         "/beneficiaries/[]/?", "/transferPendingSince/?", "/holdUntilUtc/?",
         // Liability ledger entries: a month's report reads one range of the clinic's entries.
         "/effectiveAt/?",
         // Memberships: a membership's periods (one query in the clinic's partition), the renewal timer's three scans.
         "/membershipId/?", "/renewsAtUtc/?", "/graceEndsAtUtc/?", "/recognizeAtUtc/?"];

    /// <summary>The timers' sort orders: expiry sweep (expiresAtUtc, id), outbox relay (oldestPendingAt, id), reminders (nextReminderAtUtc, id), unfinished transfers (transferPendingSince, id), lapsed holds of online purchases (holdUntilUtc, id), membership renewals (renewsAtUtc, id), ended graces (graceEndsAtUtc, id) and unlimited plans' month ends (recognizeAtUtc, id).</summary>
    public static IReadOnlyList<string[]> CompositeIndexes { get; } =
        [["/expiresAtUtc", "/id"], ["/oldestPendingAt", "/id"], ["/nextReminderAtUtc", "/id"], ["/transferPendingSince", "/id"], ["/holdUntilUtc", "/id"],
         ["/renewsAtUtc", "/id"], ["/graceEndsAtUtc", "/id"], ["/recognizeAtUtc", "/id"]];

    public static IndexingPolicy Policy()
    {
        var policy = new IndexingPolicy { IndexingMode = IndexingMode.Consistent, Automatic = true };
        foreach (var path in IncludedPaths)
        {
            policy.IncludedPaths.Add(new IncludedPath { Path = path });
        }

        policy.ExcludedPaths.Add(new ExcludedPath { Path = "/*" });
        foreach (var paths in CompositeIndexes)
        {
            policy.CompositeIndexes.Add(new Collection<CompositePath>([.. paths.Select(p => new CompositePath { Path = p, Order = CompositePathSortOrder.Ascending })]));
        }

        return policy;
    }
}
