using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Packages.Application.Access;

namespace Packages.Functions.Security;

/// <summary>Turns "Authorization: Bearer {jwt}" into a <see cref="Caller"/>, or null when absent or invalid.</summary>
public sealed class BearerTokenAuthenticator
{
    private readonly JsonWebTokenHandler _handler = new();
    private readonly TokenValidationParameters _parameters;

    public BearerTokenAuthenticator(AuthSettings settings)
    {
        _parameters = new TokenValidationParameters
        {
            ValidAudience = settings.Audience,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
            RequireSignedTokens = true,
            NameClaimType = "sub",
        };
        if (!string.IsNullOrEmpty(settings.Authority))
        {
            _parameters.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                settings.Authority.TrimEnd('/') + "/.well-known/openid-configuration", new OpenIdConnectConfigurationRetriever());
        }
        else if (!string.IsNullOrEmpty(settings.SigningKey))
        {
            _parameters.ValidIssuer = AuthSettings.LocalIssuer;
            _parameters.IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(settings.SigningKey));
        }
        else
        {
            throw new InvalidOperationException("Auth is not configured: set Auth__authority (Azure) or Auth__signingKey (local).");
        }
    }

    public async Task<Caller?> AuthenticateAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length > 16_384)
        {
            return null;
        }

        var result = await _handler.ValidateTokenAsync(header["Bearer ".Length..].Trim(), _parameters);
        if (!result.IsValid || result.ClaimsIdentity.FindFirst("sub")?.Value is not { Length: > 0 } userId)
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
}
