using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
using Packages.Functions.Http;

namespace Packages.Functions.Middleware;

/// <summary>
/// The last line for bugs and outages: an HTTP caller gets a 500 problem without internals; a message
/// or timer failure is rethrown so the platform retries it. A failure after the function already produced its
/// result is logged and the result kept: the worker's ASP.NET Core integration writes that result after the
/// middleware returns, so writing a 500 here would report a landed write as failed (and collide with it).
/// </summary>
public sealed partial class UnexpectedErrorMiddleware(ILogger<UnexpectedErrorMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (context.GetHttpContext() is { } http && !http.Response.HasStarted)
        {
            if (context.GetInvocationResult().Value is not null)
            {
                LogFailedAfterResult(e, context.FunctionDefinition.Name, context.InvocationId);
                return;
            }

            LogUnexpected(e, context.FunctionDefinition.Name, context.InvocationId);
            await UnexpectedError.WriteAsync(http, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {FunctionName} failed unexpectedly (invocation {InvocationId})")]
    private partial void LogUnexpected(Exception exception, string functionName, string invocationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {FunctionName} produced its result, then a later step failed; the result is sent (invocation {InvocationId})")]
    private partial void LogFailedAfterResult(Exception exception, string functionName, string invocationId);
}
