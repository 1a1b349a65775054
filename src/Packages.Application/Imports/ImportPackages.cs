using System.Collections.Concurrent;
using Packages.Application.Common;
using Packages.Application.Packages;
using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;

namespace Packages.Application.Imports;

public sealed record ImportPackagesCommand(string ClinicId, IReadOnlyList<ImportRow> Rows, Actor Actor);

/// <summary>
/// Imports packages from a clinic's older tracking, up to <see cref="MaxRows"/> per request, with a
/// result per row: a row that cannot be read or fails a rule fails alone. Idempotent on each row's external
/// reference (the package id is derived from it): the same row again is "alreadyImported", different content
/// under a reference already imported is an "import-conflict", and a reference twice in one request is a
/// "duplicate-row" after its first row.
/// </summary>
public sealed class ImportPackages(IClinicStore clinics, IOfferStore offers, IPackageStore packages, PackageWriter writer, TimeProvider time)
{
    public const int MaxRows = 1000;
    private const int Parallelism = 8;

    public async Task<Result<IReadOnlyList<ImportRowResult>>> ExecuteAsync(ImportPackagesCommand command, CancellationToken cancellationToken)
    {
        if (command.Rows.Count is 0 or > MaxRows)
        {
            return ApplicationErrors.TooManyRows(MaxRows);
        }

        if (await clinics.FindAsync(command.ClinicId, cancellationToken) is not { } clinic)
        {
            return ApplicationErrors.ClinicNotFound(command.ClinicId);
        }

        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var offerCache = new ConcurrentDictionary<string, Task<Versioned<Offer>?>>(StringComparer.Ordinal);
        var results = new ImportRowResult[command.Rows.Count];
        for (var index = 0; index < command.Rows.Count; index++)
        {
            if (command.Rows[index].ExternalReference is { } reference && !firstRowOf.TryAdd(reference, index))
            {
                results[index] = new(index, reference, ImportRowStatus.Failed, null, ImportErrors.DuplicateInBatch(firstRowOf[reference]));
            }
        }

        await Parallel.ForEachAsync(Enumerable.Range(0, command.Rows.Count).Where(i => results[i] is null),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (index, ct) =>
            {
                var row = command.Rows[index];
                var offer = Identifiers.IsValid(row.OfferId)
                    ? await offerCache.GetOrAdd(row.OfferId!, id => offers.FindAsync(command.ClinicId, id, ct))
                    : null;
                results[index] = await ImportAsync(index, row, offer?.Value, clinic, command.Actor, ct);
            });
        return results;
    }

    private async Task<ImportRowResult> ImportAsync(int index, ImportRow row, Offer? offer, Clinic clinic, Actor actor, CancellationToken cancellationToken)
    {
        var reference = row.ExternalReference;
        if (row.Error is { } unreadable)
        {
            return new(index, reference, ImportRowStatus.Failed, null, unreadable);
        }

        if (offer is null)
        {
            return new(index, reference, ImportRowStatus.Failed, null, ApplicationErrors.OfferNotFound(row.OfferId ?? ""));
        }

        var id = RequestIdentity.IdFor(clinic.Id, "import-package", reference);
        var package = Package.Import(id, offer, clinic, row.Package!, row.Fingerprint!, actor, time.GetUtcNow());
        if (!package.IsSuccess)
        {
            return new(index, reference, ImportRowStatus.Failed, null, package.Error);
        }

        if (await writer.CreateAsync(package.Value, cancellationToken))
        {
            return new(index, reference, ImportRowStatus.Imported, id, null);
        }

        // Imported before under this reference: the same row again is a retry; different content is a conflict.
        var existing = await packages.FindAsync(clinic.Id, id, cancellationToken);
        return existing?.Value.ImportFingerprint == row.Fingerprint
            ? new(index, reference, ImportRowStatus.AlreadyImported, id, null)
            : new(index, reference, ImportRowStatus.Failed, id, ImportErrors.ImportedDifferently(id));
    }
}
