using System.Text.Json.Nodes;

namespace Packages.InfraTests;

/// <summary>Deployment inputs that would otherwise fail late (in Azure) or widen access: checked on the compiled template and the workflow.</summary>
public sealed class DeploymentSafetyTests
{
    [Theory]
    [InlineData("authAuthority")]
    [InlineData("authAudience")]
    public void Auth_settings_cannot_be_deployed_empty(string parameter)
    {
        var template = MainTemplate();

        Assert.Equal(1, template["parameters"]![parameter]!["minLength"]!.GetValue<int>());
        Assert.Null(template["parameters"]![parameter]!["defaultValue"]);
    }

    [Fact]
    public void Browser_origins_reach_the_platform_cors_of_the_function_app_without_credentials()
    {
        var template = string.Concat(CompiledMain().Where(c => !char.IsWhiteSpace(c)));

        Assert.Equal("", MainTemplate()["parameters"]!["allowedOrigins"]!["defaultValue"]!.GetValue<string>());
        Assert.Contains("\"cors\":{\"allowedOrigins\":\"[parameters('allowedOrigins')]\",\"supportCredentials\":false}", template);
    }

    [Fact]
    public void Only_the_deploy_job_may_request_an_oidc_token()
    {
        var lines = File.ReadAllLines(Repository.Path(".github", "workflows", "deploy.yml"));
        var idToken = lines.Select((line, index) => (line, index)).Where(l => l.line.Contains("id-token:")).ToList();
        var deployJob = Array.FindIndex(lines, l => l.TrimEnd() == "  deploy:");

        var grant = Assert.Single(idToken);
        Assert.Contains("id-token: write", grant.line);
        Assert.True(deployJob >= 0 && grant.index > deployJob, "id-token: write is granted inside the deploy job only");
        Assert.StartsWith("      ", grant.line); // job-level permissions, not the workflow's
    }

    [Fact]
    public void An_idempotency_reservation_outlasts_the_longest_a_function_may_run()
    {
        var host = JsonNode.Parse(File.ReadAllText(Repository.Path("host.json")))!;
        var timeout = TimeSpan.Parse(host["functionTimeout"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(Packages.Functions.Http.IdempotentRequests.ReservationLapse > timeout,
            $"a reservation lapses after {Packages.Functions.Http.IdempotentRequests.ReservationLapse}, functionTimeout is {timeout}");
    }

    private static JsonNode MainTemplate() => JsonNode.Parse(CompiledMain())!;

    private static string CompiledMain()
    {
        var (exitCode, output, errors) = Repository.Bicep("build", Repository.Path("infra", "main.bicep"), "--stdout");
        Assert.True(exitCode == 0, errors);
        return output;
    }
}
