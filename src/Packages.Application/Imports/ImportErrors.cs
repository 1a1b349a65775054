using Packages.Domain.Common;

namespace Packages.Application.Imports;

public static class ImportErrors
{
    public static DomainError DuplicateInBatch(int firstRow) =>
        new(ErrorCodes.DuplicateRow, ErrorKind.Validation, $"Row {firstRow} of this request has the same externalReference; send each package once.",
            new Dictionary<string, string[]> { ["externalReference"] = [$"Already used by row {firstRow}."] });

    public static DomainError ImportedDifferently(string packageId) =>
        new(ErrorCodes.ImportConflict, ErrorKind.Conflict,
            $"Package '{packageId}' was imported under this externalReference with different content; it was left unchanged.");
}
