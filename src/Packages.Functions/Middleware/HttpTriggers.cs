using Microsoft.Azure.Functions.Worker;

namespace Packages.Functions.Middleware;

/// <summary>Which invocations are HTTP requests: read from the function's trigger binding, not from the request.</summary>
public static class HttpTriggers
{
    public const string BindingType = "httpTrigger";

    /// <summary>
    /// The predicate of Program.cs's UseWhen: the HTTP pipeline (and so the token authenticator) is never
    /// resolved for Service Bus or timer invocations, whose work must not depend on the auth settings.
    /// </summary>
    public static bool IsHttpTrigger(FunctionContext context) =>
        context.FunctionDefinition.InputBindings.Values.Any(b => string.Equals(b.Type, BindingType, StringComparison.OrdinalIgnoreCase));
}
