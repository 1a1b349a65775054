using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using Packages.Domain.Common;

namespace Packages.Functions.Http;

/// <summary>
/// Every id in a route ({clinicId}, {packageId}, {clientId}, {offerId}, {appointmentId}) follows the one id
/// rule, checked once for every function before it runs: a 2 KB or "'; DROP" client id is a 400 naming the
/// parameter, never a lookup.
/// </summary>
public static partial class RouteIds
{
    private static readonly ConcurrentDictionary<MethodInfo, string[]> ParametersOf = new();

    public static DomainError? Check(MethodInfo function, Func<string, string?> routeValue)
    {
        var errors = new FieldErrors();
        foreach (var name in ParametersOf.GetOrAdd(function, Parameters))
        {
            errors.Require(Identifiers.IsValid(routeValue(name)), name, Identifiers.Rule);
        }

        return errors.Any ? errors.ToError() : null;
    }

    /// <summary>The route's parameters whose name ends in "Id", read from the function's [HttpTrigger] route.</summary>
    private static string[] Parameters(MethodInfo function)
    {
        var route = function.GetParameters()
            .Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()?.Route)
            .FirstOrDefault(r => r is not null) ?? "";
        return [.. Parameter().Matches(route).Select(m => m.Groups["name"].Value).Where(n => n.EndsWith("Id", StringComparison.Ordinal))];
    }

    [GeneratedRegex("\\{(?<name>[A-Za-z]+)\\}", RegexOptions.CultureInvariant)]
    private static partial Regex Parameter();
}
