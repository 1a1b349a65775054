using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker;
using Packages.Contracts;
using Packages.Domain.Common;
using Packages.Functions.Http;
using Packages.Functions.Http.Documentation;

namespace Packages.Functions.Tests.Contracts;

/// <summary>
/// The committed contracts are what the code says: docs/openapi.json, the message schemas in docs/messages.md
/// and the problem table of docs/problems.md are regenerated here and compared with the files. When one fails,
/// run <c>dotnet run --project tools/Packages.Contracts</c> and commit the result (it is the contract clients see).
/// </summary>
public sealed class ContractDriftTests
{
    private static readonly string Root = RepositoryRoot();

    public static TheoryData<string> Documents() => ["docs/openapi.json", "docs/messages.md", "docs/problems.md"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_committed_document_is_the_one_generated_from_the_code(string path)
    {
        var generated = ContractDocuments.Generate(Root)[path];
        var committed = File.ReadAllText(Path.Combine(Root, path));

        Assert.True(generated == committed,
            $"{path} differs from what the code generates (first difference at character {FirstDifference(generated, committed)}); " +
            "run: dotnet run --project tools/Packages.Contracts");
    }

    [Fact]
    public void Every_problem_code_is_defined_once_and_documented_once()
    {
        var defined = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var documented = ProblemCatalog.All.Select(p => p.Code).ToList();

        Assert.Equal(defined.Count, defined.Distinct().Count());
        Assert.Equal(defined.Order(), documented.Order());
    }

    [Fact]
    public void Every_http_function_is_in_the_contract_with_its_route_and_method()
    {
        var functions = typeof(ApiJson).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .Select(m => (Name: m.GetCustomAttribute<FunctionAttribute>()?.Name, Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)))
            .Where(f => f.Trigger is not null)
            .SelectMany(f => f.Trigger!.Methods!.Select(verb => $"{verb.ToLowerInvariant()} /api/{f.Trigger.Route} {f.Name}"))
            .Order().ToList();
        var paths = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "docs", "openapi.json")))!["paths"]!.AsObject();
        var documented = paths.SelectMany(p => p.Value!.AsObject().Select(o => $"{o.Key} {p.Key} {o.Value!["operationId"]}")).Order().ToList();

        Assert.Equal(functions, documented);
    }

    private static int FirstDifference(string a, string b) =>
        Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PackagesFunctions.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the tests inside the repository.");
    }
}
