using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace Packages.LocalCosmos;

/// <summary>
/// A running in-memory Cosmos-API server on a free loopback port, over HTTPS with a certificate made
/// for this run. The server exits with this process (it watches its stdin) or on <see cref="DisposeAsync"/>.
/// </summary>
public sealed class LocalCosmosServer : IAsyncDisposable
{
    /// <summary>The emulator's well-known key; the local server accepts any key.</summary>
    private const string AccountKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    private readonly Process _process;
    private readonly string _workDirectory;

    private LocalCosmosServer(Process process, string workDirectory, int port, X509Certificate2 certificate)
    {
        _process = process;
        _workDirectory = workDirectory;
        Port = port;
        Certificate = certificate;
    }

    public int Port { get; }

    public X509Certificate2 Certificate { get; }

    public Uri Endpoint => new($"https://127.0.0.1:{Port}/");

    public string ConnectionString => $"AccountEndpoint={Endpoint};AccountKey={AccountKey};";

    /// <summary>Makes the app's CosmosClient talk to this server and trust exactly its certificate.</summary>
    public LocalCosmosClientConfigurer ClientConfigurer => new(Certificate);

    public static async Task<LocalCosmosServer> StartAsync(int port = 0, CancellationToken cancellationToken = default)
    {
        var workDirectory = Directory.CreateTempSubdirectory("packages-cosmos-").FullName;
        var (certificate, certPath, keyPath) = LoopbackCertificate.Write(workDirectory);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ServerDirectory(),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "server.js", certPath, keyPath, port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null)
        {
            var error = await process.StandardError.ReadToEndAsync(cancellationToken);
            throw new InvalidOperationException($"The local Cosmos-API server did not start: {error}");
        }

        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var listeningPort = JsonDocument.Parse(line).RootElement.GetProperty("port").GetInt32();
        return new LocalCosmosServer(process, workDirectory, listeningPort, certificate);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        Certificate.Dispose();
        Directory.Delete(_workDirectory, recursive: true);
    }

    private static string ServerDirectory()
    {
        var directory = typeof(LocalCosmosServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "CosmosServerDirectory").Value!;
        if (!File.Exists(Path.Combine(directory, "node_modules", "@vercel", "cosmosdb-server", "package.json")))
        {
            throw new InvalidOperationException($"The local Cosmos-API server is not installed in {directory}: run 'npm ci' there (the build does it).");
        }

        return directory;
    }
}
