using System.Diagnostics;

namespace Packages.InfraTests;

/// <summary>
/// Publishing the development Service Bus stand-in would deploy an app that never receives a payment:
/// `dotnet publish` (what azd deploy runs) must stop with a message saying what to do instead.
/// </summary>
public sealed class PublishGuardTests
{
    [Fact]
    public async Task Publishing_without_the_official_service_bus_extension_fails_with_a_clear_message()
    {
        var output = Path.Combine(Path.GetTempPath(), "publish-guard-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", Repository.Path("src", "Packages.Functions"), "-c", "Release", "-o", output, "--nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("UseOfficialServiceBusExtension");
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        var said = await text + await errors;

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("PKG0001", said);
        Assert.Contains("UseOfficialServiceBusExtension=true", said);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "Packages.Functions.dll").Any(), "nothing is published");
    }
}
