using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace Packages.Functions.Middleware;

/// <summary>
/// Every invocation's log lines carry the function name and the invocation id; HTTP requests and
/// messages add their own correlation ids inside this scope (HttpFunctionPipeline, PaymentMessagesFunction).
/// </summary>
public sealed class InvocationScopeMiddleware(ILogger<InvocationScopeMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["Function"] = context.FunctionDefinition.Name,
            ["InvocationId"] = context.InvocationId,
        });
        await next(context);
    }
}
