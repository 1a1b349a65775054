using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Cosmos;
using Microsoft.Azure.Functions.Worker;
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

    [Fact]
    public void Only_http_triggered_functions_get_the_http_pipeline()
    {
        Assert.True(HttpTriggers.IsHttpTrigger(FunctionContexts.ForHttp(GetPackage, "maple-physio").Context));
        Assert.False(HttpTriggers.IsHttpTrigger(FunctionContexts.ForMessage("Packages.Functions.Messaging.PaymentMessagesFunction.Run")));
        Assert.False(HttpTriggers.IsHttpTrigger(FunctionContexts.ForTimer("Packages.Functions.Timers.ExpirePackagesFunction.Run")));
    }

    [Fact]
    public async Task An_http_function_invoked_without_an_http_context_is_refused_and_never_runs()
    {
        var context = FunctionContexts.ForHttpWithoutContext(GetPackage);
        var ran = false;

        await Assert.ThrowsAsync<InvalidOperationException>(() => Pipeline().Invoke(context, _ => { ran = true; return Task.CompletedTask; }));

        Assert.False(ran);
    }

    [Fact]
    public async Task A_write_that_landed_is_answered_with_its_result_even_when_keeping_it_for_replays_fails()
    {
        var store = new Mock<IIdempotencyStore>();
        store.Setup(s => s.TryReserveAsync(It.IsAny<IdempotencyRecord>(), It.IsAny<CancellationToken>())).ReturnsAsync("etag-1");
        store.Setup(s => s.TryReplaceAsync(It.IsAny<IdempotencyRecord>(), "etag-1", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CosmosException("unavailable", HttpStatusCode.ServiceUnavailable, 0, "a", 0));
        var (context, http) = SaleRequest();
        var sold = new JsonResponse(new { id = "pkg-1" }, 201);

        // As the worker runs it: error middleware outside, the HTTP pipeline inside, then the function.
        await new UnexpectedErrorMiddleware(NullLogger<UnexpectedErrorMiddleware>.Instance).Invoke(context,
            c => Pipeline(store.Object).Invoke(c, f => { f.GetInvocationResult().Value = sold; return Task.CompletedTask; }));

        Assert.False(http.Response.HasStarted);
        Assert.Equal("", FunctionContexts.BodyOf(http));
        Assert.Same(sold, context.GetInvocationResult().Value);
        await sold.WriteAsync(http); // what the ASP.NET Core integration does next
        Assert.Equal(201, http.Response.StatusCode);
    }

    [Fact]
    public async Task A_failure_after_the_function_produced_its_result_is_not_turned_into_a_500()
    {
        var (context, http) = FunctionContexts.ForHttp(GetPackage, "maple-physio");
        var result = new JsonResponse(new { id = "pkg-1" }, 200);

        await new UnexpectedErrorMiddleware(NullLogger<UnexpectedErrorMiddleware>.Instance).Invoke(context, c =>
        {
            c.GetInvocationResult().Value = result;
            throw new InvalidOperationException("a later step failed");
        });

        Assert.False(http.Response.HasStarted);
        Assert.Equal("", FunctionContexts.BodyOf(http));
        Assert.Same(result, context.GetInvocationResult().Value);
    }

    [Fact]
    public async Task A_function_that_fails_releases_its_idempotency_key_so_a_retry_runs_again()
    {
        var store = new Mock<IIdempotencyStore>();
        store.Setup(s => s.TryReserveAsync(It.IsAny<IdempotencyRecord>(), It.IsAny<CancellationToken>())).ReturnsAsync("etag-1");
        var (context, _) = SaleRequest();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Pipeline(store.Object).Invoke(context, _ => throw new InvalidOperationException("bug")));

        store.Verify(s => s.ReleaseAsync("maple-physio", It.IsAny<string>(), "etag-1", It.IsAny<CancellationToken>()), Times.Once);
        store.Verify(s => s.TryReplaceAsync(It.IsAny<IdempotencyRecord>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_reservation_whose_create_landed_but_lost_its_response_is_recognised_as_its_own()
    {
        var store = StoreWhereTheReservationLands(failure: null); // the pipeline retried the create after it landed: 409 conflict
        var (context, http) = SaleRequest();
        var ran = false;

        await Pipeline(store.Object).Invoke(context, f =>
        {
            ran = true;
            f.GetInvocationResult().Value = new JsonResponse(new { id = "pkg-1" }, 201);
            return Task.CompletedTask;
        });

        Assert.True(ran);
        Assert.False(http.Response.HasStarted);
        store.Verify(s => s.TryReplaceAsync(It.Is<IdempotencyRecord>(r => r.StatusCode == 201), "etag-1", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_reservation_interrupted_after_it_landed_is_removed_so_the_key_is_not_blocked()
    {
        var store = StoreWhereTheReservationLands(new OperationCanceledException("the client disconnected after the create was sent"));
        var (context, _) = SaleRequest();

        await Assert.ThrowsAsync<OperationCanceledException>(() => Pipeline(store.Object).Invoke(context, _ => Task.CompletedTask));

        store.Verify(s => s.TryReserveAsync(It.IsAny<IdempotencyRecord>(), CancellationToken.None), Times.Once);
        store.Verify(s => s.ReleaseAsync("maple-physio", It.IsAny<string>(), "etag-1", CancellationToken.None), Times.Once);
    }

    [Fact]
    public async Task Another_request_holding_the_key_is_answered_in_progress_and_the_function_never_runs()
    {
        var store = new Mock<IIdempotencyStore>();
        var (context, http) = SaleRequest();
        store.Setup(s => s.FindAsync("maple-physio", It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(() =>
            IdempotencyRecord.Pending("idem.x", "maple-physio", HashOf(http), new FakeTimeProvider().GetUtcNow()) with { ETag = "etag-9" });
        var ran = false;

        await Pipeline(store.Object).Invoke(context, _ => { ran = true; return Task.CompletedTask; });

        Assert.False(ran);
        Assert.Equal(409, http.Response.StatusCode);
        Assert.Equal("1", http.Response.Headers.RetryAfter.ToString());
        Assert.Contains("idempotency-request-in-progress", FunctionContexts.BodyOf(http));
    }

    [Fact]
    public async Task Keeping_the_response_failing_after_the_function_is_absorbed_by_the_http_pipeline_itself()
    {
        var store = new Mock<IIdempotencyStore>();
        store.Setup(s => s.TryReserveAsync(It.IsAny<IdempotencyRecord>(), It.IsAny<CancellationToken>())).ReturnsAsync("etag-1");
        store.Setup(s => s.TryReplaceAsync(It.IsAny<IdempotencyRecord>(), "etag-1", It.IsAny<CancellationToken>()))
             .ThrowsAsync(new CosmosException("unavailable", HttpStatusCode.ServiceUnavailable, 0, "a", 0));
        var (context, http) = SaleRequest();
        var sold = new JsonResponse(new { id = "pkg-1" }, 201);

        await Pipeline(store.Object).Invoke(context, f => { f.GetInvocationResult().Value = sold; return Task.CompletedTask; });

        Assert.False(http.Response.HasStarted);
        Assert.Same(sold, context.GetInvocationResult().Value);
    }

    [Theory]
    [InlineData(409, "concurrency-conflict", false)]
    [InlineData(429, "throttled", false)]
    [InlineData(503, "service-unavailable", false)]
    [InlineData(500, "internal-error", false)]
    [InlineData(409, "package-not-paid", true)]
    [InlineData(422, "idempotency-key-reused", true)]
    public async Task Answers_that_invite_a_retry_are_not_kept_for_replays(int status, string code, bool kept)
    {
        var store = new Mock<IIdempotencyStore>();
        store.Setup(s => s.TryReserveAsync(It.IsAny<IdempotencyRecord>(), It.IsAny<CancellationToken>())).ReturnsAsync("etag-1");
        var (context, _) = SaleRequest();

        await Pipeline(store.Object).Invoke(context, f =>
        {
            f.GetInvocationResult().Value = ProblemResults.Problem(status, code, "t", null, null);
            return Task.CompletedTask;
        });

        store.Verify(s => s.TryReplaceAsync(It.Is<IdempotencyRecord>(r => r.StatusCode == status), "etag-1", It.IsAny<CancellationToken>()), kept ? Times.Once : Times.Never);
        store.Verify(s => s.ReleaseAsync("maple-physio", It.IsAny<string>(), "etag-1", It.IsAny<CancellationToken>()), kept ? Times.Never : Times.Once);
    }

    /// <summary>
    /// A store whose reservation create lands whatever it answers: the first read finds nothing, later reads find the
    /// record the create was given. The create answers a conflict (null), or throws <paramref name="failure"/>.
    /// </summary>
    private static Mock<IIdempotencyStore> StoreWhereTheReservationLands(Exception? failure)
    {
        var store = new Mock<IIdempotencyStore>();
        IdempotencyRecord? written = null;
        var reads = 0;
        store.Setup(s => s.FindAsync("maple-physio", It.IsAny<string>(), It.IsAny<CancellationToken>()))
             .Returns(() => Task.FromResult(reads++ == 0 ? null : written! with { ETag = "etag-1" }));
        store.Setup(s => s.TryReserveAsync(It.IsAny<IdempotencyRecord>(), It.IsAny<CancellationToken>()))
             .Callback<IdempotencyRecord, CancellationToken>((r, _) => written = r)
             .Returns(() => failure is null ? Task.FromResult<string?>(null) : Task.FromException<string?>(failure));
        return store;
    }

    /// <summary>The request hash IdempotentRequests computes (method, path, body), so a stored record matches it.</summary>
    private static string HashOf(DefaultHttpContext http)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{http.Request.Method} {http.Request.Path}\n"));
        sha.AppendData("{}"u8);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static (FunctionContext Context, DefaultHttpContext Http) SaleRequest()
    {
        var token = new LocalHost.Security.DevTokens(Settings).Mint("staff-1", ["maple-physio:admin"]);
        var (context, http) = FunctionContexts.ForHttp("Packages.Functions.Http.Packages.SellPackageFunction.Run", "maple-physio", $"Bearer {token}");
        http.Request.Method = "POST";
        http.Request.Path = "/api/clinics/maple-physio/packages";
        http.Request.Headers[IdempotencyKey.HeaderName] = "sale-1";
        http.Request.Body = new MemoryStream("{}"u8.ToArray());
        return (context, http);
    }

    private static readonly AuthSettings Settings = new() { DevelopmentSigningKey = Convert.ToBase64String(new byte[32]) };

    private static HttpPipelineMiddleware Pipeline(IIdempotencyStore? store = null) =>
        new(new HttpFunctionPipeline(
            new HttpAccessGate(new BearerTokenAuthenticator(Settings)),
            new IdempotentRequests(store ?? Mock.Of<IIdempotencyStore>(), new FakeTimeProvider()),
            NullLogger<HttpFunctionPipeline>.Instance),
            NullLogger<HttpPipelineMiddleware>.Instance);
}
