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

    /// <summary>Null to go on; otherwise the problem response to send instead of calling the function.</summary>
    public async Task<IActionResult?> CheckAsync(HttpContext context, MethodInfo function, string? clinicId)
    {
        if (function.GetCustomAttribute<PublicEndpointAttribute>() is not null)
        {
            return null;
        }

        var required = function.GetCustomAttribute<RequiresClinicRoleAttribute>()?.Roles ?? [];
        var access = AccessPolicy.Authorize(await authenticator.AuthenticateAsync(context.Request), clinicId, required);
        if (!access.IsSuccess)
        {
            return ProblemResults.From(access.Error!, context.Request);
        }

        context.Items[AccessKey] = access.Value;
        return null;
    }

    public static ClinicAccess AccessOf(HttpRequest request) =>
        request.HttpContext.Items[AccessKey] as ClinicAccess
        ?? throw new InvalidOperationException("No access was granted for this request: the access gate did not run.");
}
