namespace Packages.IntegrationTests.Infrastructure;

/// <summary>
/// Lines that tests want shown in CI (counts of fuzzed requests, leaks found…): appended to
/// TestResults/test-report.log at the repository root, which .ci/run prints after the tests.
/// </summary>
public static class TestReport
{
    private static readonly object Gate = new();

    public static void Write(string line)
    {
        var directory = Path.Combine(RepositoryRoot(), "TestResults");
        Directory.CreateDirectory(directory);
        lock (Gate)
        {
            File.AppendAllText(Path.Combine(directory, "test-report.log"), $"{DateTimeOffset.UtcNow:O} {line}{Environment.NewLine}");
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PackagesFunctions.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
