using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Ports;

public interface IPackageStore
{
    Task<Versioned<Package>?> FindAsync(string clinicId, string packageId, CancellationToken cancellationToken);

    /// <summary>Creates the package: its new ETag, or null when a package with its id already exists (an idempotent retry).</summary>
    Task<string?> TryCreateAsync(Package package, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the package only if it still has <paramref name="etag"/>: its new ETag, or null when another
    /// write won. Archives any history overflow first, so the package document stays bounded.
    /// </summary>
    Task<string?> TryReplaceAsync(Package package, string etag, CancellationToken cancellationToken);

    /// <summary>Stores the package's outbox as it now is (after acknowledging events) if it still has <paramref name="etag"/>.</summary>
    Task<bool> TrySaveOutboxAsync(Package package, string etag, CancellationToken cancellationToken);

    /// <summary>
    /// Packages of every clinic whose oldest unacknowledged event was raised at or before <paramref name="cutoff"/>,
    /// found by one indexed query per page, not per clinic.
    /// </summary>
    IAsyncEnumerable<Versioned<Package>> FindWithEventsPendingSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Packages of every clinic with a move of sessions begun at or before <paramref name="cutoff"/> and not finished.</summary>
    IAsyncEnumerable<Versioned<Package>> FindWithTransfersPendingSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Active online purchases of every clinic whose hold ended at or before <paramref name="now"/> without a payment.</summary>
    IAsyncEnumerable<Versioned<Package>> FindWithLapsedHoldsAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>A client's packages in one clinic (owned or shared with them), one page at a time; a validation error for a foreign token.</summary>
    Task<Result<Page<Versioned<Package>>>> ListForClientAsync(
        string clinicId, string clientId, string? continuationToken, int pageSize, CancellationToken cancellationToken);

    /// <summary>The archived history pages of a package, oldest first.</summary>
    Task<IReadOnlyList<HistoryPage>> ReadHistoryPagesAsync(Package package, CancellationToken cancellationToken);

    /// <summary>Active packages of every clinic with an expiring-soon reminder due at or before <paramref name="now"/>.</summary>
    IAsyncEnumerable<Versioned<Package>> FindDueForRemindersAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Newest membership periods of every clinic whose renewal (the next period's start) is at or before <paramref name="now"/>.</summary>
    IAsyncEnumerable<Versioned<Package>> FindDueForRenewalAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Unpaid membership periods of every clinic whose grace ended at or before <paramref name="now"/>.</summary>
    IAsyncEnumerable<Versioned<Package>> FindWithGraceEndedAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Unlimited plans' periods of every clinic with a month's end inside them at or before <paramref name="now"/> to recognize.</summary>
    IAsyncEnumerable<Versioned<Package>> FindDueForRecognitionAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Active packages of every clinic whose expiry instant is at or before <paramref name="now"/>, soonest first.</summary>
    IAsyncEnumerable<Versioned<Package>> FindDueForExpiryAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
