using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Packages.Functions.Security;

/// <summary>
/// Tells a Microsoft Entra v2.0 access token from an ID token, which is also signed by the tenant and whose
/// audience is the client's id (the API's own id when one registration serves both). Per the claims references
/// (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference and id-token-claims-reference):
/// "azp" (the calling client, v2.0) and "scp" (delegated scopes) are access-token claims that ID tokens do not list;
/// "nonce" is an ID-token claim. The reference warns that a claim may be absent when it has no value, so either
/// access-token claim is enough, and a nonce refuses. "roles" is in both kinds, so it decides nothing. "idtyp", when
/// emitted, is "user" or "app". Safest of all, the frontend has its own registration: an ID token's aud is then never
/// the API's id.
/// </summary>
public static class AccessTokens
{
    public static bool IsAccessToken(SecurityToken token) =>
        token is JsonWebToken jwt
        && Claim(jwt, "ver") == "2.0"
        && (Claim(jwt, "azp") is { Length: > 0 } || Claim(jwt, "scp") is { Length: > 0 })
        && !jwt.TryGetPayloadValue<object>("nonce", out _)
        && Claim(jwt, "idtyp") is null or "user" or "app";

    private static string? Claim(JsonWebToken jwt, string name) =>
        jwt.TryGetPayloadValue<string>(name, out var value) ? value : null;
}
