using System.Net;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Packages.Application.Ports;
using Packages.Functions.Http;
using Packages.Functions.Middleware;
using Packages.Functions.Security;

namespace Packages.Functions.Tests.Middleware;

/// <summary>The worker middleware as the Functions host runs it (the local host shares the pipeline, not these classes).</summary>
public sealed class WorkerMiddlewareTests
{
    private const string GetPackage = "Packages.Functions.Http.Packages.GetPackageFunction.Run";

    [Fact]
    public async Task A_request_without_a_token_is_answered_401_and_the_function_never_runs()
    {
        var (context, http) = FunctionContexts.ForHttp(GetPackage, "maple-physio");
        var ran = false;

        await Pipeline().Invoke(context, _ => { ran = true; return Task.CompletedTask; });

        Assert.False(ran);
        Assert.Equal(401, http.Response.StatusCode);
        Assert.Contains("urn:packages:problem:unauthenticated", FunctionContexts.BodyOf(http));
    }

    [Fact]
    public async Task A_caller_from_another_clinic_is_answered_403_and_the_function_never_runs()
    {
        var token = new LocalHost.Security.DevTokens(Settings).Mint("mallory", ["other-clinic:admin"]);
        var (context, http) = FunctionContexts.ForHttp(GetPackage, "maple-physio", $"Bearer {token}");
        var ran = false;

        await Pipeline().Invoke(context, _ => { ran = true; return Task.CompletedTask; });

        Assert.False(ran);
        Assert.Equal(403, http.Response.StatusCode);
        Assert.Contains("urn:packages:problem:forbidden", FunctionContexts.BodyOf(http));
    }

    [Fact]
    public async Task A_dependency_still_down_after_the_retries_is_answered_503_with_retry_after()
    {
        var (context, http) = FunctionContexts.ForHttp(GetPackage, "maple-physio");

        await new UnexpectedErrorMiddleware(NullLogger<UnexpectedErrorMiddleware>.Instance).Invoke(context,
            _ => throw new CosmosException("unavailable", HttpStatusCode.ServiceUnavailable, 0, "a", 0));

        Assert.Equal(503, http.Response.StatusCode);
        Assert.Equal("1", http.Response.Headers.RetryAfter.ToString());
        Assert.Contains("service-unavailable", FunctionContexts.BodyOf(http));
    }

    [Fact]
    public async Task A_bug_is_answered_500_without_internals()
    {
        var (context, http) = FunctionContexts.ForHttp(GetPackage, "maple-physio");

        await new UnexpectedErrorMiddleware(NullLogger<UnexpectedErrorMiddleware>.Instance).Invoke(context,
            _ => throw new InvalidOperationException("secret internals"));

        Assert.Equal(500, http.Response.StatusCode);
        Assert.DoesNotContain("secret internals", FunctionContexts.BodyOf(http));
    }

    [Fact]
    public async Task A_failing_message_function_rethrows_so_service_bus_redelivers()
    {
        var context = FunctionContexts.ForMessage("Packages.Functions.Messaging.PaymentMessagesFunction.Run");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new UnexpectedErrorMiddleware(NullLogger<UnexpectedErrorMiddleware>.Instance).Invoke(context, _ => throw new InvalidOperationException("transient")));
    }

    private static readonly AuthSettings Settings = new() { SigningKey = Convert.ToBase64String(new byte[32]) };

    private static HttpPipelineMiddleware Pipeline() =>
        new(new HttpFunctionPipeline(
            new HttpAccessGate(new BearerTokenAuthenticator(Settings)),
            new IdempotentRequests(Mock.Of<IIdempotencyStore>(), new FakeTimeProvider()),
            NullLogger<HttpFunctionPipeline>.Instance));
}
