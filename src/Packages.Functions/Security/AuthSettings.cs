namespace Packages.Functions.Security;

/// <summary>
/// How bearer tokens are validated.
/// <para>Azure: access tokens from Microsoft Entra ID. <see cref="Authority"/> is the tenant's v2.0 issuer
/// (https://login.microsoftonline.com/{tenant-id}/v2.0); its metadata gives the signing keys and the one issuer
/// accepted. <see cref="Audiences"/> are the API's application (client) id — the <c>aud</c> of v2.0 access
/// tokens — and optionally its App ID URI. Settings: Auth__authority, Auth__audience (comma-separated).</para>
/// <para>Locally: <see cref="DevelopmentSigningKey"/> (HS256, issuer "packages-local"). Only the local host can
/// set it (PackagesBackend.AddPackagesBackend's development argument); no setting turns it on in Azure.</para>
/// </summary>
public sealed record AuthSettings
{
    public const string LocalIssuer = "packages-local";
    public const string DevelopmentAudience = "packages-api";

    /// <summary>The token claim(s) holding clinic memberships ("clinicId:role[:clientId]").</summary>
    public static readonly string[] MembershipClaims = ["clinic_roles", "roles"];

    public string? Authority { get; init; }

    public IReadOnlyList<string> Audiences { get; init; } = [];

    public string? DevelopmentSigningKey { get; init; }

    /// <summary>Whether any token can be validated; without it HTTP functions answer 503, messages and timers still run.</summary>
    public bool IsConfigured => !string.IsNullOrEmpty(Authority) || !string.IsNullOrEmpty(DevelopmentSigningKey);
}
