namespace Packages.Functions.Security;

/// <summary>
/// How bearer tokens are validated. In Azure: <see cref="Authority"/> (an OpenID Connect issuer such as
/// https://login.microsoftonline.com/{tenant}/v2.0) and <see cref="Audience"/>; signing keys come from the
/// issuer's metadata. Locally: <see cref="SigningKey"/> (base64, HS256) with the local issuer, never in Azure.
/// Setting names: Auth__authority, Auth__audience, Auth__signingKey.
/// </summary>
public sealed record AuthSettings
{
    public const string LocalIssuer = "packages-local";
    public const string DefaultAudience = "packages-api";

    /// <summary>The token claim(s) holding clinic memberships ("clinicId:role[:clientId]").</summary>
    public static readonly string[] MembershipClaims = ["clinic_roles", "roles"];

    public string? Authority { get; init; }

    public string Audience { get; init; } = DefaultAudience;

    public string? SigningKey { get; init; }
}
