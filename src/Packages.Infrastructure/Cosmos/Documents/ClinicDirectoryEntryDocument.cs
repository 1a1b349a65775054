namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>One clinic's entry in the directory partition (id = the clinic id).</summary>
public sealed record ClinicDirectoryEntryDocument(string Id, string ClinicId)
{
    public string Type { get; init; } = DocumentTypes.ClinicDirectoryEntry;

    public int SchemaVersion { get; init; } = 1;
}
