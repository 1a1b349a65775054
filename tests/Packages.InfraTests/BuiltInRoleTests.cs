using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Packages.InfraTests;

/// <summary>
/// Built-in role ids are pinned here to Microsoft's published lists, and every role assignment in the
/// compiled template must take its id from infra/modules/builtInRoles.bicep, never from a literal.
/// (Azure Service Bus Data Sender once had a mistyped id: every local check passed, `azd up` would not.)
/// </summary>
public sealed partial class BuiltInRoleTests
{
    /// <summary>Copied from https://learn.microsoft.com/azure/role-based-access-control/built-in-roles (storage, integration, monitor pages).</summary>
    private static readonly Dictionary<string, string> PublishedAzureRoles = new()
    {
        ["Storage Blob Data Owner"] = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b",
        ["Storage Queue Data Contributor"] = "974c5e8b-45b9-4653-ba55-5f855dd0fb88",
        ["Storage Table Data Contributor"] = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3",
        ["Azure Service Bus Data Receiver"] = "4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0",
        ["Azure Service Bus Data Sender"] = "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39",
        ["Monitoring Metrics Publisher"] = "3913510d-42f4-4e42-8a64-420c390055eb",
    };

    /// <summary>Copied from https://learn.microsoft.com/azure/cosmos-db/nosql/security/reference-data-plane-roles.</summary>
    private static readonly Dictionary<string, string> PublishedCosmosDataRoles = new()
    {
        ["Cosmos DB Built-in Data Contributor"] = "00000000-0000-0000-0000-000000000002",
    };

    [Fact]
    public void Every_role_in_the_bicep_table_has_the_id_microsoft_publishes()
    {
        var variables = CompiledRbacModule()["variables"]!;

        Assert.Equal(PublishedAzureRoles, Table(variables["azureRoles"]!));
        Assert.Equal(PublishedCosmosDataRoles, Table(variables["cosmosDataRoles"]!));
    }

    [Fact]
    public void Every_role_assignment_takes_its_role_from_the_table()
    {
        var template = Compile(Repository.Path("infra", "main.bicep"));
        var assignments = RoleDefinitionIds().Matches(template).Select(m => m.Groups["value"].Value).ToList();

        // Storage (one loop over three roles), Service Bus receive and send, metrics, Cosmos DB data.
        Assert.Equal(5, assignments.Count);
        Assert.All(assignments, value => Assert.Matches(@"variables\('(azureRoles|cosmosDataRoles)'\)\['[^']+'\]", value));
        Assert.DoesNotMatch(@"roleDefinitions'\s*,\s*'[0-9a-f-]{36}'", template);
    }

    private static Dictionary<string, string> Table(JsonNode node) =>
        node.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());

    private static JsonNode CompiledRbacModule() => JsonNode.Parse(Compile(Repository.Path("infra", "modules", "rbac.bicep")))!;

    private static string Compile(string path)
    {
        var (exitCode, output, errors) = Repository.Bicep("build", path, "--stdout");
        Assert.True(exitCode == 0, errors);
        return output;
    }

    [GeneratedRegex("\"roleDefinitionId\":\\s*\"(?<value>[^\"]+)\"")]
    private static partial Regex RoleDefinitionIds();
}
