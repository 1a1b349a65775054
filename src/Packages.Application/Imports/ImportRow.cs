using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Imports;

/// <summary>
/// One package to import: which offer's terms it follows and what the old system knew, or why the row could
/// not even be read (<see cref="Error"/>). <see cref="Fingerprint"/> digests the row's content, to tell a
/// retried row from a different one sent under the same external reference.
/// </summary>
public sealed record ImportRow(string? OfferId, string? ExternalReference, LegacyPackage? Package, string? Fingerprint, DomainError? Error)
{
    public static ImportRow Unreadable(string? externalReference, DomainError error) => new(null, externalReference, null, null, error);
}
