namespace Packages.Application.Ports;

/// <summary>An unpaid online purchase holding one of its buyer's slots (the package id, and when the slot was taken).</summary>
public sealed record HeldPurchase(string PackageId, DateTimeOffset At);

/// <summary>A patient's online purchases awaiting payment, in one document: the abuse limit is one conditional write.</summary>
public sealed record UnpaidPurchases(string ClinicId, string ClientId, IReadOnlyList<HeldPurchase> Held);

public interface IUnpaidPurchases
{
    Task<Versioned<UnpaidPurchases>?> FindAsync(string clinicId, string clientId, CancellationToken cancellationToken);

    /// <summary>Creates the document: its ETag, or null when the patient already has one.</summary>
    Task<string?> TryCreateAsync(UnpaidPurchases purchases, CancellationToken cancellationToken);

    /// <summary>Replaces it if it still has <paramref name="etag"/>: its new ETag, or null when another write won.</summary>
    Task<string?> TryReplaceAsync(UnpaidPurchases purchases, string etag, CancellationToken cancellationToken);
}
