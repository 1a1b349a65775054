using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Packages.Functions.Composition;
using Scope = Packages.Functions.Composition.AppSettings.Scope;

namespace Packages.InfraTests;

/// <summary>
/// The settings the code reads (AppSettings), the ones the Bicep sets on the function app and the ones in
/// local.settings.sample.json must agree: nothing the app needs is missing, nothing set is unused.
/// </summary>
public sealed partial class SettingsDriftTests
{
    /// <summary>Settings the Functions platform reads, not the app.</summary>
    private static readonly string[] Platform =
    [
        "AzureWebJobsStorage", "AzureWebJobsStorage__accountName", "AzureWebJobsStorage__credential",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "FUNCTIONS_WORKER_RUNTIME",
    ];

    [Fact]
    public void The_bicep_sets_every_setting_the_app_needs_in_azure_and_nothing_else()
    {
        var set = BicepAppSettings();
        var needed = Names(Scope.Azure, Scope.Both);
        var readable = Names(Scope.Azure, Scope.Both, Scope.Optional);

        Assert.Empty(needed.Except(set));
        Assert.Empty(set.Except(readable).Except(Platform));
    }

    [Fact]
    public void The_local_settings_sample_has_every_local_setting_and_nothing_else()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Repository.Path("local.settings.sample.json")));
        var set = sample.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name).ToHashSet();
        var needed = Names(Scope.Local, Scope.Both);
        var readable = Names(Scope.Local, Scope.Both, Scope.Optional);

        Assert.Empty(needed.Except(set));
        Assert.Empty(set.Except(readable).Except(Platform));
    }

    [Fact]
    public void Every_setting_named_by_a_trigger_is_one_the_app_knows()
    {
        var known = AppSettings.All.Keys.ToHashSet();
        var source = Directory.EnumerateFiles(Repository.Path("src", "Packages.Functions"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText).ToList();

        var expressions = source.SelectMany(s => BindingExpression().Matches(s)).Select(m => m.Groups[1].Value).ToList();
        // Only AppSettings (reading) and SettingsRules (checking, by AppSettings' keys) touch configuration.
        var direct = source.Where(s => DirectRead().IsMatch(s)
            && !s.Contains("public static class AppSettings", StringComparison.Ordinal)
            && !s.Contains("public static class SettingsRules", StringComparison.Ordinal)).ToList();

        Assert.All(expressions, name => Assert.Contains(name, known.Select(k => $"\" + AppSettings.{Field(k)} + \"")));
        Assert.Empty(direct);
    }

    private static string Field(string key) => typeof(AppSettings).GetFields()
        .Single(f => f.IsLiteral && (string?)f.GetRawConstantValue() == key).Name;

    private static HashSet<string> Names(params Scope[] scopes) =>
        AppSettings.All.Where(s => scopes.Contains(s.Value)).Select(s => AppSettings.AsAppSetting(s.Key)).ToHashSet();

    private static HashSet<string> BicepAppSettings()
    {
        var (exitCode, output, errors) = Repository.Bicep("build", Repository.Path("infra", "main.bicep"), "--stdout");
        Assert.True(exitCode == 0, errors);
        var names = new HashSet<string>();
        Collect(JsonNode.Parse(output)!, names);
        return names;
    }

    private static void Collect(JsonNode node, HashSet<string> names)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key == "appSettings" && value is JsonArray settings)
                    {
                        names.UnionWith(settings.Select(s => s!["name"]!.GetValue<string>()));
                    }
                    else if (value is not null)
                    {
                        Collect(value, names);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a.OfType<JsonNode>())
                {
                    Collect(item, names);
                }

                break;
        }
    }

    /// <summary>A "%...%" binding expression in a trigger attribute, written from an AppSettings constant.</summary>
    [GeneratedRegex("\"%(\" \\+ AppSettings\\.[A-Za-z]+ \\+ \")%\"")]
    private static partial Regex BindingExpression();

    /// <summary>Reading configuration anywhere but AppSettings would escape this test.</summary>
    [GeneratedRegex(@"configuration\[|GetSection\(|Configuration\[")]
    private static partial Regex DirectRead();
}
