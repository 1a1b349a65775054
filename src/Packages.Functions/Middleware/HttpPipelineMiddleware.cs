using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
using Packages.Functions.Http;

namespace Packages.Functions.Middleware;

/// <summary>
/// Runs the <see cref="HttpFunctionPipeline"/> around every HTTP function under the Functions host (registered
/// with UseWhen(<see cref="HttpTriggers.IsHttpTrigger"/>)). It fails closed: an HTTP-triggered invocation without
/// an HttpContext is refused, never run without the access gate.
/// </summary>
public sealed partial class HttpPipelineMiddleware(HttpFunctionPipeline pipeline, ILogger<HttpPipelineMiddleware> logger) : IFunctionsWorkerMiddleware
{
    private static readonly ConcurrentDictionary<string, MethodInfo> EntryPoints = new();

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var http = context.GetHttpContext()
            ?? throw new InvalidOperationException(
                $"HTTP function {context.FunctionDefinition.Name} was invoked without an HttpContext; refused (ASP.NET Core integration missing?).");

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

        IActionResult? result = null;
        try
        {
            await next(context);
            result = context.GetInvocationResult().Value as IActionResult;
        }
        finally
        {
            try
            {
                await pipeline.AfterAsync(http, result);
            }
            catch (Exception e)
            {
                // The function's result is about to be written (the ASP.NET Core integration executes it after
                // the middleware): failing to keep it for Idempotency-Key replays must not turn a landed write into
                // an error. A retry is safe: every command is idempotent on its own.
                LogAfterFailed(e, context.FunctionDefinition.Name);
            }
        }
    }

    private static MethodInfo EntryPointOf(string entryPoint) => EntryPoints.GetOrAdd(entryPoint, name =>
    {
        var split = name.LastIndexOf('.');
        var type = typeof(HttpPipelineMiddleware).Assembly.GetType(name[..split], throwOnError: true)!;
        return type.GetMethod(name[(split + 1)..])!;
    });

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {FunctionName} succeeded but its response could not be kept for Idempotency-Key replays")]
    private partial void LogAfterFailed(Exception exception, string functionName);
}
