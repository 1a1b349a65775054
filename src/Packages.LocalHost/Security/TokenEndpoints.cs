namespace Packages.LocalHost.Security;

/// <summary>
/// POST /local/token {"sub":"jane","clinicRoles":["maple-physio:admin"]} → {"token": "..."}: a development
/// token for this local host only (roles: "clinic:admin", "clinic:staff", "clinic:patient:clientId").
/// </summary>
public static class TokenEndpoints
{
    public sealed record TokenRequest(string? Sub, string[]? ClinicRoles);

    public static void MapLocalTokens(this WebApplication app) =>
        app.MapPost("local/token", (TokenRequest request, DevTokens tokens) =>
            string.IsNullOrWhiteSpace(request.Sub) || request.ClinicRoles is null
                ? Results.Problem(statusCode: 400, title: "Give sub and clinicRoles.")
                : Results.Ok(new { token = tokens.Mint(request.Sub, request.ClinicRoles) }));
}
