namespace Packages.InfraTests;

public sealed class BicepTests
{
    [Fact]
    public void The_infrastructure_compiles_without_warnings()
    {
        var (exitCode, output, errors) = Repository.Bicep("build", Repository.Path("infra", "main.bicep"), "--stdout");

        Assert.True(exitCode == 0, errors);
        Assert.Equal("", errors.Trim());
        Assert.Contains("Microsoft.Web/sites", output);
    }

    [Fact]
    public void The_infrastructure_passes_the_linter()
    {
        var (exitCode, output, errors) = Repository.Bicep("lint", Repository.Path("infra", "main.bicep"));

        Assert.True(exitCode == 0, output + errors);
        Assert.Equal("", (output + errors).Trim());
    }
}
