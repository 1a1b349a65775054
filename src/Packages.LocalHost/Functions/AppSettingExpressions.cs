using Microsoft.Extensions.Configuration;

namespace Packages.LocalHost.Functions;

/// <summary>Resolves "%Name%" binding expressions from configuration, as the Functions host does.</summary>
public static class AppSettingExpressions
{
    public static string Resolve(string expression, IConfiguration configuration)
    {
        if (expression.Length > 2 && expression[0] == '%' && expression[^1] == '%')
        {
            var name = expression[1..^1];
            return configuration[name] ?? throw new InvalidOperationException($"App setting '{name}' is not set.");
        }

        return expression;
    }
}
