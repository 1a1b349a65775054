using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Packages.Functions.Security;

namespace Packages.Functions.Tests.Security;

/// <summary>
/// Microsoft Entra ID tokens as a real tenant issues them: RS256 signed by a key published in the tenant's
/// OpenID metadata, fetched by the authenticator from {authority}/.well-known/openid-configuration (served here
/// as a static document). A v2.0 access token carries aud = the API's client id (a GUID).
/// </summary>
public sealed class EntraTokenTests
{
    private const string Tenant = "8f0c9d3e-1b2a-4c5d-9e8f-0a1b2c3d4e5f";
    private const string OtherTenant = "11111111-2222-3333-4444-555555555555";
    private const string ApiClientId = "6e5d4c3b-2a19-4807-b6a5-948372615049";
    private const string AppIdUri = "api://packages-functions";
    private const string FrontendClientId = "0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9";
    private static readonly string Authority = $"https://login.microsoftonline.com/{Tenant}/v2.0";
    private static readonly RSA TenantKey = RSA.Create(2048);

    [Fact]
    public async Task A_v2_access_token_for_the_api_client_id_is_accepted()
    {
        var caller = await Authenticate(Token());

        Assert.NotNull(caller);
        Assert.Equal("user-sub-1", caller.UserId);
        Assert.Contains(caller.Memberships, m => m.ClinicId == "maple-physio");
    }

    [Fact]
    public async Task The_app_id_uri_is_accepted_when_configured_as_an_audience()
    {
        Assert.NotNull(await Authenticate(Token(audience: AppIdUri)));
    }

    public static TheoryData<string> Refused => new()
    {
        "id-token", "another-tenant", "v1-issuer", "another-audience", "expired", "alg-none", "hs256-with-public-key", "other-key", "no-sub",
        "rs384-with-the-published-key",
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Tokens_that_are_not_valid_access_tokens_for_this_api_are_refused(string kind)
    {
        var token = kind switch
        {
            "id-token" => Token(audience: ApiClientId, idToken: true),
            "another-tenant" => Token(issuer: $"https://login.microsoftonline.com/{OtherTenant}/v2.0"),
            "v1-issuer" => Token(issuer: $"https://sts.windows.net/{Tenant}/"),
            "another-audience" => Token(audience: FrontendClientId),
            "expired" => Token(expires: DateTime.UtcNow.AddMinutes(-10)),
            "alg-none" => Unsigned(),
            "hs256-with-public-key" => SignedWithPublicKeyAsHmac(),
            "other-key" => Token(key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "tenant-key" }),
            "no-sub" => Token(subject: null),
            "rs384-with-the-published-key" => Token(algorithm: SecurityAlgorithms.RsaSha384),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        Assert.Null(await Authenticate(token));
    }

    [Fact]
    public async Task Without_an_authority_or_development_key_nothing_is_accepted()
    {
        var authenticator = new BearerTokenAuthenticator(new AuthSettings { Audiences = [ApiClientId] });

        Assert.False(authenticator.IsConfigured);
        Assert.Null(await authenticator.AuthenticateAsync(Request(Token())));
    }

    private static Task<Packages.Application.Access.Caller?> Authenticate(string token) =>
        new BearerTokenAuthenticator(
            new AuthSettings { Authority = Authority, Audiences = [ApiClientId, AppIdUri] },
            new HttpClient(new StaticMetadata())).AuthenticateAsync(Request(token));

    private static HttpRequest Request(string token)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.Authorization = "Bearer " + token;
        return http.Request;
    }

    private static RsaSecurityKey PublishedKey() => new(TenantKey) { KeyId = "tenant-key" };

    private static string Token(
        string audience = ApiClientId, string? issuer = null, bool idToken = false, DateTime? expires = null,
        SecurityKey? key = null, string? subject = "user-sub-1", string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["ver"] = "2.0",
            ["tid"] = Tenant,
            ["oid"] = "object-id-1",
            ["roles"] = new[] { "maple-physio:admin" },
        };
        if (subject is not null)
        {
            claims["sub"] = subject;
        }

        if (idToken)
        {
            claims["nonce"] = "n-0S6_WzA2Mj"; // an ID token: no azp, no scp, a nonce
        }
        else
        {
            claims["azp"] = FrontendClientId;
            claims["scp"] = "packages.readwrite";
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Authority,
            Audience = audience,
            IssuedAt = (expires ?? now.AddHours(1)).AddHours(-1),
            NotBefore = (expires ?? now.AddHours(1)).AddHours(-1),
            Expires = expires ?? now.AddHours(1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key ?? PublishedKey(), algorithm),
        });
    }

    private static string Unsigned()
    {
        var signed = Token();
        var parts = signed.Split('.');
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT","kid":"tenant-key"}""");
        return $"{header}.{parts[1]}.";
    }

    /// <summary>The classic key-confusion attack: HMAC with the public key's bytes as the secret.</summary>
    private static string SignedWithPublicKeyAsHmac()
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"HS256","typ":"JWT","kid":"tenant-key"}""");
        var payload = Token().Split('.')[1];
        var secret = Encoding.UTF8.GetBytes(TenantKey.ExportSubjectPublicKeyInfoPem());
        var signature = Base64UrlEncoder.Encode(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    /// <summary>The tenant's metadata and keys, as login.microsoftonline.com serves them.</summary>
    private sealed class StaticMetadata : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var url = request.RequestUri!.ToString();
            var parameters = TenantKey.ExportParameters(false);
            var body = url == $"{Authority}/.well-known/openid-configuration"
                ? $$"""{"issuer":"{{Authority}}","jwks_uri":"https://login.microsoftonline.com/{{Tenant}}/discovery/v2.0/keys","id_token_signing_alg_values_supported":["RS256"]}"""
                : url == $"https://login.microsoftonline.com/{Tenant}/discovery/v2.0/keys"
                    ? $$"""{"keys":[{"kty":"RSA","use":"sig","kid":"tenant-key","n":"{{Base64UrlEncoder.Encode(parameters.Modulus)}}","e":"{{Base64UrlEncoder.Encode(parameters.Exponent)}}"}]}"""
                    : null;
            return Task.FromResult(body is null
                ? new HttpResponseMessage(HttpStatusCode.NotFound)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
