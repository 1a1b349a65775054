using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Hosting;

namespace Packages.Functions.Middleware;

/// <summary>The worker middleware, in order; Program.cs calls it and a test runs it as the worker composes it.</summary>
public static class WorkerPipeline
{
    public static IFunctionsWorkerApplicationBuilder UsePackagesMiddleware(this IFunctionsWorkerApplicationBuilder builder)
    {
        builder.UseMiddleware<InvocationScopeMiddleware>();
        builder.UseMiddleware<UnexpectedErrorMiddleware>();
        // HTTP-only middleware runs only for HTTP triggers: payments and timers never resolve the authenticator.
        // UseWhen with the trigger binding's type is the documented pattern:
        // https://learn.microsoft.com/azure/azure-functions/dotnet-isolated-process-guide#middleware
        builder.UseWhen<HttpPipelineMiddleware>(HttpTriggers.IsHttpTrigger);
        return builder;
    }
}
