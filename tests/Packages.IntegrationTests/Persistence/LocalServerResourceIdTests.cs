using Microsoft.Azure.Cosmos;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.Persistence;

/// <summary>
/// The local Cosmos-API server numbers databases in sequence and encodes resource ids in base64. Unpatched, every
/// 63rd and 64th database got an id containing '/', which splits the query's partition-key-range URL: each query
/// there answered 404 (seen as a 500 in whichever test class happened to get that database). The patch writes '-'
/// for '/', the inverse of what the server's own parser already does.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class LocalServerResourceIdTests(CosmosServerFixture cosmos)
{
    [Fact]
    public async Task Queries_answer_in_every_database_whatever_its_sequence_number()
    {
        var client = (await cosmos.NewContainerAsync()).Container.Database.Client;
        var failed = new List<string>();
        for (var i = 0; i < 130; i++)
        {
            var database = (await client.CreateDatabaseAsync("rid-" + Guid.NewGuid().ToString("N")[..12])).Database;
            var container = (await database.CreateContainerAsync("packages", "/clinicId")).Container;
            var query = new QueryDefinition("SELECT * FROM c WHERE c.clinicId = @c").WithParameter("@c", "maple");
            try
            {
                using var iterator = container.GetItemQueryIterator<object>(query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey("maple") });
                await iterator.ReadNextAsync();
            }
            catch (CosmosException e)
            {
                failed.Add($"{database.Id}: {(int)e.StatusCode}");
            }
            finally
            {
                await database.DeleteAsync();
            }
        }

        Assert.Empty(failed);
    }
}
