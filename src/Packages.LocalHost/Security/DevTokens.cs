using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Packages.Functions.Security;

namespace Packages.LocalHost.Security;

/// <summary>
/// Mints tokens signed with the local host's development key (HS256, issuer "packages-local"),
/// for the walk-through and the tests. Azure validates Entra ID tokens instead; this key never leaves here.
/// </summary>
public sealed class DevTokens(AuthSettings settings)
{
    public static string NewSigningKey() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public string Mint(string subject, IEnumerable<string> clinicRoles, TimeSpan? lifetime = null)
    {
        // Token lifetimes are checked against the real clock, whatever clock the business rules use.
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = AuthSettings.LocalIssuer,
            Audience = settings.Audiences is { Count: > 0 } audiences ? audiences[0] : AuthSettings.DevelopmentAudience,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.Add(lifetime ?? TimeSpan.FromHours(8)),
            Subject = new ClaimsIdentity([new Claim("sub", subject), .. clinicRoles.Select(r => new Claim("clinic_roles", r))]),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(settings.DevelopmentSigningKey ?? throw new InvalidOperationException("Development tokens are off: Auth__authority is set."))), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
