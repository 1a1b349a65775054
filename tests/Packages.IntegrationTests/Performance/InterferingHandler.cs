using Microsoft.Azure.Cosmos;
using Packages.Infrastructure.Cosmos;

namespace Packages.IntegrationTests.Performance;

/// <summary>
/// Makes a command lose one race deterministically: just before the first replace that passes through,
/// another writer changes the same document (through a separate client), so the replace gets 412.
/// </summary>
public sealed class InterferingHandler : RequestHandler, ICosmosClientConfigurer
{
    private Func<Task>? _interference;

    public void Configure(CosmosClientOptions options) => options.CustomHandlers.Add(this);

    public void BeforeNextReplace(Func<Task> interference) => _interference = interference;

    public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Put && Interlocked.Exchange(ref _interference, null) is { } interfere)
        {
            await interfere();
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
