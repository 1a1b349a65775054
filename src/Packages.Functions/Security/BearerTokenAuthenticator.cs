using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Packages.Application.Access;

namespace Packages.Functions.Security;

/// <summary>
/// Turns "Authorization: Bearer {jwt}" into a <see cref="Caller"/>, or null when absent or invalid.
/// Entra ID: RS256 only; signing keys and the issuer from the tenant's OpenID metadata (so a token of another
/// tenant, or a v1.0 token with its sts.windows.net issuer, is refused); audience one of the configured ones;
/// and it must be an access token, not an ID token (<see cref="AccessTokens"/>).
/// </summary>
public sealed class BearerTokenAuthenticator
{
    private const int MaxHeaderLength = 16_384;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly TokenValidationParameters? _parameters;
    private readonly bool _entra;

    /// <param name="metadataClient">Fetches the OpenID metadata and keys; tests pass one that serves a static document.</param>
    public BearerTokenAuthenticator(AuthSettings settings, HttpClient? metadataClient = null)
    {
        if (!string.IsNullOrEmpty(settings.Authority))
        {
            _entra = true;
            _parameters = Common(settings.Audiences);
            _parameters.ValidAlgorithms = [SecurityAlgorithms.RsaSha256];
            _parameters.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                settings.Authority.TrimEnd('/') + "/.well-known/openid-configuration",
                new OpenIdConnectConfigurationRetriever(),
                metadataClient is null ? new HttpDocumentRetriever() : new HttpDocumentRetriever(metadataClient));
        }
        else if (!string.IsNullOrEmpty(settings.DevelopmentSigningKey))
        {
            _parameters = Common(settings.Audiences is { Count: > 0 } audiences ? audiences : [AuthSettings.DevelopmentAudience]);
            _parameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            _parameters.ValidIssuer = AuthSettings.LocalIssuer;
            _parameters.IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(settings.DevelopmentSigningKey));
        }
    }

    /// <summary>False when no authority or development key is configured: every request is then refused (503).</summary>
    public bool IsConfigured => _parameters is not null;

    public async Task<Caller?> AuthenticateAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (_parameters is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length > MaxHeaderLength)
        {
            return null;
        }

        var result = await _handler.ValidateTokenAsync(header["Bearer ".Length..].Trim(), _parameters);
        if (!result.IsValid || (_entra && !AccessTokens.IsAccessToken(result.SecurityToken))
            || result.ClaimsIdentity.FindFirst("sub")?.Value is not { Length: > 0 } userId)
        {
            return null;
        }

        var memberships = result.ClaimsIdentity.Claims
            .Where(c => AuthSettings.MembershipClaims.Contains(c.Type))
            .Select(c => ClinicMembership.TryParse(c.Value, out var m) ? m : null)
            .OfType<ClinicMembership>()
            .ToArray();
        return new Caller(userId, memberships);
    }

    private static TokenValidationParameters Common(IEnumerable<string> audiences) => new()
    {
        ValidAudiences = [.. audiences],
        ValidateAudience = true,
        ValidateIssuer = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = TimeSpan.FromMinutes(2),
        RequireSignedTokens = true,
        NameClaimType = "sub",
    };
}
