using System.Text.Json;

namespace Packages.LocalHost.Security;

/// <summary>
/// POST /local/token {"sub":"jane","clinicRoles":["maple-physio:admin"]} → {"token": "..."}: a development
/// token for this local host only (roles: "clinic:admin", "clinic:staff", "clinic:patient:clientId").
/// </summary>
public static class TokenEndpoints
{
    public sealed record TokenRequest(string? Sub, string[]? ClinicRoles);

    public static void MapLocalTokens(this WebApplication app) =>
        app.MapPost("local/token", async (HttpRequest http, DevTokens tokens) =>
        {
            TokenRequest? request;
            try
            {
                request = await JsonSerializer.DeserializeAsync<TokenRequest>(http.Body, JsonSerializerOptions.Web);
            }
            catch (JsonException)
            {
                request = null;
            }

            return request is { Sub: { Length: > 0 } sub, ClinicRoles: { } roles }
                ? Results.Ok(new { token = tokens.Mint(sub, roles) })
                : Results.Problem(statusCode: 400, title: "Send {\"sub\": \"...\", \"clinicRoles\": [\"clinic:admin\"]}.");
        });
}
