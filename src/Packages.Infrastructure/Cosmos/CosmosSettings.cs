namespace Packages.Infrastructure.Cosmos;

/// <summary>
/// Where the packages data lives. In Azure only <see cref="AccountEndpoint"/> is set and the app signs
/// in with its managed identity; a key-based <see cref="ConnectionString"/> is for local use only.
/// Setting names: Cosmos__accountEndpoint, Cosmos__connectionString, Cosmos__databaseName, Cosmos__containerName.
/// </summary>
public sealed record CosmosSettings
{
    public string? AccountEndpoint { get; init; }

    public string? ConnectionString { get; init; }

    public string DatabaseName { get; init; } = "packages";

    public string ContainerName { get; init; } = "packages";

    /// <summary>The container's partition key path: every document belongs to one clinic.</summary>
    public const string PartitionKeyPath = "/clinicId";
}
