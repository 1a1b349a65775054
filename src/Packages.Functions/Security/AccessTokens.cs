using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Packages.Functions.Security;

/// <summary>
/// Tells a Microsoft Entra v2.0 access token from an ID token, which is also signed by the tenant and whose
/// audience is the client's id (the API's own id when one registration serves both). Per the claims references
/// (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference and id-token-claims-reference):
/// a v2.0 access token carries "ver": "2.0" and "azp" (the calling client); an ID token has no "azp", and only an
/// ID token carries "nonce" among its claims. "idtyp", when the optional claim is emitted, says "user" or "app".
/// </summary>
public static class AccessTokens
{
    public static bool IsAccessToken(SecurityToken token) =>
        token is JsonWebToken jwt
        && Claim(jwt, "ver") == "2.0"
        && Claim(jwt, "azp") is { Length: > 0 }
        && !jwt.TryGetPayloadValue<object>("nonce", out _)
        && Claim(jwt, "idtyp") is null or "user" or "app";

    private static string? Claim(JsonWebToken jwt, string name) =>
        jwt.TryGetPayloadValue<string>(name, out var value) ? value : null;
}
