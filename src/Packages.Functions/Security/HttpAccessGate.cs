using Packages.Domain.Common;
using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Packages.Application.Access;
using Packages.Functions.Http;

namespace Packages.Functions.Security;

/// <summary>
/// Authentication and tenancy for every HTTP function, run before the function by the worker
/// middleware (Azure) and by the local host alike. A function without <see cref="RequiresClinicRoleAttribute"/>
/// or <see cref="PublicEndpointAttribute"/> is refused: nothing is open by accident.
/// </summary>
public sealed class HttpAccessGate(BearerTokenAuthenticator authenticator)
{
    private const string AccessKey = "Packages.ClinicAccess";

    /// <summary>Each function's rule, read from its attributes once: null for a public endpoint.</summary>
    private static readonly ConcurrentDictionary<MethodInfo, IReadOnlyCollection<ClinicRole>?> RequiredRoles = new();

    /// <summary>Null to go on; otherwise the problem response to send instead of calling the function.</summary>
    public async Task<IActionResult?> CheckAsync(HttpContext context, MethodInfo function, string? clinicId)
    {
        var required = RequiredRoles.GetOrAdd(function, Rule);
        if (required is null)
        {
            return null;
        }

        if (!authenticator.IsConfigured)
        {
            // Only HTTP stops: payments and timers never touch the authenticator (Program.cs, UseWhen).
            return ProblemResults.Problem(StatusCodes.Status503ServiceUnavailable, ErrorCodes.AuthNotConfigured,
                "The API cannot validate tokens: its authority is not configured.",
                "Set Auth__authority and Auth__audience (docs/operations.md).", context.Request.Path.Value);
        }

        var access = AccessPolicy.Authorize(await authenticator.AuthenticateAsync(context.Request), clinicId, required);
        if (!access.IsSuccess)
        {
            return ProblemResults.From(access.Error!, context.Request);
        }

        context.Items[AccessKey] = access.Value;
        return null;
    }

    /// <summary>The access granted to this request, or null for a public endpoint.</summary>
    public static ClinicAccess? TryAccessOf(HttpRequest request) => request.HttpContext.Items[AccessKey] as ClinicAccess;

    public static ClinicAccess AccessOf(HttpRequest request) =>
        request.HttpContext.Items[AccessKey] as ClinicAccess
        ?? throw new InvalidOperationException("No access was granted for this request: the access gate did not run.");

    private static IReadOnlyCollection<ClinicRole>? Rule(MethodInfo function) =>
        function.GetCustomAttribute<PublicEndpointAttribute>() is not null
            ? null
            : function.GetCustomAttribute<RequiresClinicRoleAttribute>()?.Roles ?? [];
}
