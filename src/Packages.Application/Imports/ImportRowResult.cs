using Packages.Domain.Common;

namespace Packages.Application.Imports;

public enum ImportRowStatus
{
    Imported,

    /// <summary>The same external reference was imported before (an idempotent retry): nothing changed.</summary>
    AlreadyImported,

    Failed,
}

public sealed record ImportRowResult(int Row, string? ExternalReference, ImportRowStatus Status, string? PackageId, DomainError? Error);
