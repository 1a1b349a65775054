using System.Text;
using Microsoft.AspNetCore.Http;
using Packages.Domain.Common;
using Packages.Functions.Http;
using Packages.Functions.Http.Contracts;

namespace Packages.Functions.Tests.Http;

public sealed class JsonBodyTests
{
    [Theory]
    [InlineData("", "body")]
    [InlineData("null", "body")]
    [InlineData("{oops", "body")]
    [InlineData("""{"name":"x","price":{"amountMinor":"ten","currency":"CAD"},"sessions":1}""", "price.amountMinor")]
    [InlineData("""{"name":"x","sessions":99999999999}""", "sessions")]
    [InlineData("""{"name":"x","sessions":1,"defaultExpiry":{"count":1,"unit":"fortnights"}}""", "defaultExpiry.unit")]
    public async Task Unreadable_bodies_become_validation_errors_naming_the_field(string body, string field)
    {
        var result = await JsonBody.ReadAsync<OfferRequest>(Request(body), CancellationToken.None);

        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
        Assert.Contains(field, result.Error.FieldErrors!.Keys);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_before_parsing()
    {
        var body = "{\"name\":\"" + new string('x', JsonBody.MaxBytes) + "\"}";

        var result = await JsonBody.ReadAsync<OfferRequest>(Request(body), CancellationToken.None);

        Assert.Equal("validation-failed", result.Error!.Code);
    }

    [Fact]
    public async Task A_well_formed_body_is_read()
    {
        var result = await JsonBody.ReadAsync<SellPackageRequest>(Request("""{"offerId":"o-1","clientId":"c-1"}"""), CancellationToken.None);

        Assert.Equal(new SellPackageRequest("o-1", "c-1"), result.Value);
    }

    private static HttpRequest Request(string body)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return context.Request;
    }
}
