using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Packages.Functions.Middleware;

namespace Packages.Functions.Tests.Middleware;

/// <summary>
/// The middleware Program.cs registers, composed as the worker composes it: a payment or timer invocation never
/// resolves the HTTP pipeline (so nothing of the auth settings can stop it); an HTTP invocation always does.
/// </summary>
public sealed class WorkerPipelineTests
{
    [Theory]
    [InlineData("message")]
    [InlineData("timer")]
    public async Task Payment_and_timer_invocations_run_without_resolving_the_http_pipeline(string kind)
    {
        var (pipeline, services) = Compose();
        var context = kind == "message"
            ? FunctionContexts.ForMessage("Packages.Functions.Messaging.PaymentMessagesFunction.Run")
            : FunctionContexts.ForTimer("Packages.Functions.Timers.ExpirePackagesFunction.Run");
        context.InstanceServices = services;
        var ran = false;

        await pipeline(_ => { ran = true; return Task.CompletedTask; })(context);

        Assert.True(ran);
    }

    [Fact]
    public async Task An_http_invocation_goes_through_the_http_pipeline()
    {
        var (pipeline, services) = Compose();
        var (context, http) = FunctionContexts.ForHttp("Packages.Functions.Http.Packages.GetPackageFunction.Run", "maple-physio");
        context.InstanceServices = services;
        var ran = false;

        await pipeline(_ => { ran = true; return Task.CompletedTask; })(context);

        // Resolving the (failing) HTTP pipeline is what stopped it: the error middleware answered 500.
        Assert.False(ran);
        Assert.Equal(500, http.Response.StatusCode);
    }

    /// <summary>Program.cs's registrations, with the HTTP pipeline replaced by one that fails when resolved.</summary>
    private static (Func<FunctionExecutionDelegate, FunctionExecutionDelegate> Pipeline, IServiceProvider Services) Compose()
    {
        var builder = new RecordingBuilder();
        builder.UsePackagesMiddleware();
        builder.Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        builder.Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        builder.Services.AddSingleton<HttpPipelineMiddleware>(_ => throw new InvalidOperationException("HTTP pipeline resolved"));
        return (function => builder.Middleware.AsEnumerable().Reverse().Aggregate(function, (next, middleware) => middleware(next)),
            builder.Services.BuildServiceProvider());
    }

    private sealed class RecordingBuilder : IFunctionsWorkerApplicationBuilder
    {
        public List<Func<FunctionExecutionDelegate, FunctionExecutionDelegate>> Middleware { get; } = [];

        public IServiceCollection Services { get; } = new ServiceCollection();

        public IFunctionsWorkerApplicationBuilder Use(Func<FunctionExecutionDelegate, FunctionExecutionDelegate> middleware)
        {
            Middleware.Add(middleware);
            return this;
        }
    }
}
