using System.Security.Cryptography.X509Certificates;
using Microsoft.Azure.Cosmos;
using Packages.Infrastructure.Cosmos;

namespace Packages.LocalCosmos;

/// <summary>
/// Client settings the local server needs: gateway mode on its one endpoint, and TLS that trusts
/// exactly the certificate made for this run (nothing else is accepted).
/// </summary>
public sealed class LocalCosmosClientConfigurer(X509Certificate2 certificate) : ICosmosClientConfigurer
{
    public void Configure(CosmosClientOptions options)
    {
        options.ConnectionMode = ConnectionMode.Gateway;
        options.LimitToEndpoint = true;
        options.HttpClientFactory = () => new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = 64,
            SslOptions =
            {
                RemoteCertificateValidationCallback = (_, presented, _, _) =>
                    presented is not null && presented.GetCertHashString() == certificate.GetCertHashString(),
            },
        });
    }
}
