using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using Packages.Functions.Composition;
using Packages.Functions.Security;
using Packages.LocalHost.Functions;

namespace Packages.IntegrationTests.Infrastructure;

/// <summary>Every HTTP route of the function app, as its [HttpTrigger] attributes declare them.</summary>
public static partial class RouteCatalog
{
    public sealed record Route(string Function, string Method, string Template, bool IsPublic)
    {
        public string Fill(IReadOnlyDictionary<string, string> values) => Fill(name => values[name]);

        public string Fill(Func<string, string> valueOf) =>
            "/api/" + Placeholder().Replace(Template, m => Uri.EscapeDataString(valueOf(m.Groups[1].Value)));
    }

    public static IReadOnlyList<Route> All { get; } =
    [
        .. FunctionCatalog.From(typeof(PackagesBackend).Assembly).OfKind(FunctionKind.Http)
            .SelectMany(f => (((HttpTriggerAttribute)f.Trigger).Methods ?? []).Select(m => new Route(
                f.Name, m.ToUpperInvariant(), ((HttpTriggerAttribute)f.Trigger).Route!,
                f.Method.GetCustomAttributes(typeof(PublicEndpointAttribute), false).Length > 0))),
    ];

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
