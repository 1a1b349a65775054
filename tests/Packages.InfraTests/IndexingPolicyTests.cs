using System.Text.Json.Nodes;
using Packages.Infrastructure.Cosmos;

namespace Packages.InfraTests;

/// <summary>
/// The container Bicep deploys indexes exactly what the code's queries need (CosmosIndexing, which the local
/// container is created with): a timer query sorting on a path without its composite index fails in Azure.
/// </summary>
public sealed class IndexingPolicyTests
{
    [Fact]
    public void The_deployed_indexing_policy_is_the_one_the_code_uses()
    {
        var (exitCode, output, errors) = Repository.Bicep("build", Repository.Path("infra", "main.bicep"), "--stdout");
        Assert.True(exitCode == 0, errors);

        var policy = FindIndexingPolicy(JsonNode.Parse(output)!)!;
        var included = policy["includedPaths"]!.AsArray().Select(p => p!["path"]!.GetValue<string>());
        var composite = policy["compositeIndexes"]!.AsArray().Select(c => c!.AsArray().Select(p => $"{p!["path"]} {p["order"]}").ToArray());

        Assert.Equal(CosmosIndexing.IncludedPaths.Order(), included.Order());
        Assert.Equal(CosmosIndexing.CompositeIndexes.Select(c => c.Select(p => $"{p} ascending").ToArray()), composite);
        Assert.Equal(["/*"], policy["excludedPaths"]!.AsArray().Select(p => p!["path"]!.GetValue<string>()));
    }

    private static JsonObject? FindIndexingPolicy(JsonNode node) => node switch
    {
        JsonObject o when o["indexingPolicy"] is JsonObject policy => policy,
        JsonObject o => o.Select(p => p.Value is null ? null : FindIndexingPolicy(p.Value)).FirstOrDefault(p => p is not null),
        JsonArray a => a.Select(n => n is null ? null : FindIndexingPolicy(n)).FirstOrDefault(p => p is not null),
        _ => null,
    };
}
