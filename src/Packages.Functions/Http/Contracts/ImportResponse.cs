using Packages.Application.Imports;

namespace Packages.Functions.Http.Contracts;

public sealed record ImportResponse(int Imported, int AlreadyImported, int Failed, IReadOnlyList<ImportRowResponse> Rows);

public sealed record ImportRowResponse(
    int Row, string? ExternalReference, ImportRowStatus Status, string? PackageId, string? ErrorCode, string? ErrorDetail,
    IReadOnlyDictionary<string, string[]>? Errors);
