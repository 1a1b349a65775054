namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>Archived audit lines of one package (id "{packageId}.history.{number}"), in the clinic's partition.</summary>
public sealed record HistoryPageDocument(string Id, string ClinicId, string PackageId, int Number, PackageEventDocument[] Events)
{
    public string Type { get; init; } = DocumentTypes.HistoryPage;

    public int SchemaVersion { get; init; } = 1;

    public static string IdFor(string packageId, int number) => $"{packageId}.history.{number}";
}
