using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Packages.Functions.Http;

namespace Packages.Functions.Middleware;

/// <summary>Runs the <see cref="HttpFunctionPipeline"/> around every HTTP function under the Functions host.</summary>
public sealed class HttpPipelineMiddleware(HttpFunctionPipeline pipeline) : IFunctionsWorkerMiddleware
{
    private static readonly ConcurrentDictionary<string, MethodInfo> EntryPoints = new();

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var http = context.GetHttpContext();
        if (http is null)
        {
            await next(context);
            return;
        }

        var clinicId = context.BindingContext.BindingData.TryGetValue("clinicId", out var value) ? value?.ToString() : null;
        using var scope = pipeline.BeginScope(http, context.FunctionDefinition.Name, clinicId);
        var bindingData = context.BindingContext.BindingData;
        var refusal = await pipeline.BeforeAsync(http, EntryPointOf(context.FunctionDefinition.EntryPoint),
            name => bindingData.TryGetValue(name, out var routeValue) ? routeValue?.ToString() : null);
        if (refusal is not null)
        {
            await refusal.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));
            return;
        }

        await next(context);
        await pipeline.AfterAsync(http, clinicId, context.GetInvocationResult().Value as IActionResult);
    }

    private static MethodInfo EntryPointOf(string entryPoint) => EntryPoints.GetOrAdd(entryPoint, name =>
    {
        var split = name.LastIndexOf('.');
        var type = typeof(HttpPipelineMiddleware).Assembly.GetType(name[..split], throwOnError: true)!;
        return type.GetMethod(name[(split + 1)..])!;
    });
}
