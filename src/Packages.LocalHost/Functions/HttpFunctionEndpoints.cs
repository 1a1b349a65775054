using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Azure.Functions.Worker;

namespace Packages.LocalHost.Functions;

/// <summary>Maps every HTTP function to "api/{Route}" with the methods its [HttpTrigger] names.</summary>
public static class HttpFunctionEndpoints
{
    public const string RoutePrefix = "api";

    public static void MapHttpFunctions(this WebApplication app, FunctionCatalog catalog)
    {
        foreach (var function in catalog.OfKind(FunctionKind.Http))
        {
            var trigger = (HttpTriggerAttribute)function.Trigger;
            var methods = (trigger.Methods ?? ["get", "post"]).Select(m => m.ToUpperInvariant()).ToArray();
            app.MapMethods($"{RoutePrefix}/{trigger.Route ?? function.Name}", methods, (HttpContext context, FunctionInvoker invoker) =>
                InvokeAsync(function, context, invoker)).WithName(function.Name);
        }
    }

    private static async Task InvokeAsync(FunctionDescriptor function, HttpContext context, FunctionInvoker invoker)
    {
        var byType = new Dictionary<Type, object>
        {
            [typeof(HttpRequest)] = context.Request,
            [typeof(CancellationToken)] = context.RequestAborted,
        };
        var byName = context.Request.RouteValues.ToDictionary(v => v.Key, v => v.Value?.ToString());
        var result = await invoker.InvokeAsync(function, byType, byName);
        if (result is IActionResult action)
        {
            await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
        }
    }
}
