using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Azure.Functions.Worker;
using Packages.Functions.Http;

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
            app.MapMethods($"{RoutePrefix}/{trigger.Route ?? function.Name}", methods,
                (HttpContext context, FunctionInvoker invoker, HttpFunctionPipeline pipeline) => InvokeAsync(function, context, invoker, pipeline))
               .WithName(function.Name);
        }
    }

    /// <summary>The same pipeline the worker middleware runs under the Functions host, then the function.</summary>
    private static async Task InvokeAsync(FunctionDescriptor function, HttpContext context, FunctionInvoker invoker, HttpFunctionPipeline pipeline)
    {
        var clinicId = context.Request.RouteValues.TryGetValue("clinicId", out var value) ? value?.ToString() : null;
        using var scope = pipeline.BeginScope(context, function.Name, clinicId);
        if (await pipeline.BeforeAsync(context, function.Method,
            name => context.Request.RouteValues.TryGetValue(name, out var routeValue) ? routeValue?.ToString() : null) is { } refusal)
        {
            await Execute(refusal, context);
            return;
        }

        var byType = new Dictionary<Type, object>
        {
            [typeof(HttpRequest)] = context.Request,
            [typeof(CancellationToken)] = context.RequestAborted,
        };
        var byName = context.Request.RouteValues.ToDictionary(v => v.Key, v => v.Value?.ToString());
        IActionResult? result = null;
        try
        {
            result = await invoker.InvokeAsync(function, byType, byName) as IActionResult;
        }
        finally
        {
            await AfterAsync(pipeline, context, result);
        }

        if (result is not null)
        {
            await Execute(result, context);
        }
    }

    /// <summary>As the worker middleware: a failure after the function is logged, never sent instead of its result.</summary>
    private static async Task AfterAsync(HttpFunctionPipeline pipeline, HttpContext context, IActionResult? result)
    {
        try
        {
            await pipeline.AfterAsync(context, result);
        }
        catch (Exception e)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Packages.LocalHost.Http")
                .LogError(e, "The function's response could not be kept for Idempotency-Key replays; it is sent");
        }
    }

    private static Task Execute(IActionResult result, HttpContext context) =>
        result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
}
