using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Packages.Domain.Common;
using Packages.Functions.Diagnostics;
using Packages.Functions.Security;

namespace Packages.Functions.Http;

/// <summary>
/// What runs around every HTTP function, in both hosts: the access gate, then Idempotency-Key replay;
/// after the function, its response is remembered for retries.
/// </summary>
public sealed class HttpFunctionPipeline(HttpAccessGate gate, IdempotentRequests idempotency, ILogger<HttpFunctionPipeline> logger)
{
    /// <summary>Opens the request's logging scope (correlation id, clinic); dispose it when the request ends.</summary>
    public IDisposable? BeginScope(HttpContext context, string functionName, string? clinicId) =>
        logger.BeginScope(new Dictionary<string, object?>
        {
            ["CorrelationId"] = CorrelationId.Establish(context),
            ["Function"] = functionName,
            ["ClinicId"] = clinicId,
        });

    /// <summary>
    /// Null to call the function; otherwise the answer to send instead: the access gate's refusal, a route id
    /// or query string that breaks the input rules (400), or an Idempotency-Key replay.
    /// </summary>
    public async Task<IActionResult?> BeforeAsync(HttpContext context, MethodInfo function, Func<string, string?> routeValue)
    {
        var clinicId = routeValue("clinicId");
        if (await gate.CheckAsync(context, function, clinicId) is { } refusal)
        {
            return refusal;
        }

        if ((RouteIds.Check(function, routeValue) ?? QueryString.Check(context.Request) ?? RequiredKey(function, context.Request)) is { } invalid)
        {
            return ProblemResults.From(invalid, context.Request);
        }

        return await idempotency.ReplayAsync(context.Request, clinicId, context.RequestAborted);
    }

    private static DomainError? RequiredKey(MethodInfo function, HttpRequest request) =>
        function.GetCustomAttribute<IdempotencyKeyRequiredAttribute>() is not null && !request.Headers.ContainsKey(IdempotencyKey.HeaderName)
            ? DomainError.Validation(IdempotencyKey.HeaderName, "Send an Idempotency-Key header: this request is only safe to repeat under one.")
            : null;

    /// <summary>
    /// After the function: keeps its response for Idempotency-Key retries, or releases the key. Call it also when
    /// the function failed (with a null result). Hosts log a failure here and still send the function's result.
    /// </summary>
    public Task AfterAsync(HttpContext context, IActionResult? result) =>
        idempotency.RememberAsync(context.Request, result, CancellationToken.None);
}
