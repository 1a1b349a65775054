using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Packages.Application.Imports;
using Packages.Domain.Common;
using Packages.Functions.Http;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Http.Imports;
using Packages.Functions.Messaging;

namespace Packages.Functions.Tests.Http;

/// <summary>Loose parsing let wrong data in; every body, query and message is now read strictly.</summary>
public sealed class StrictInputTests
{
    [Theory]
    [InlineData("""{"reason":"cancelled,noShow"}""", "reason")]
    [InlineData("""{"reason":"Cancelled"}""", "reason")]
    [InlineData("""{"reason":"1"}""", "reason")]
    [InlineData("""{"reason":1}""", "reason")]
    [InlineData("""{"reason":"cancelled","reason":"noShow"}""", "reason")]
    [InlineData("""{"reason":"cancelled","extra":true}""", "extra")]
    [InlineData("""{"Reason":"cancelled"}""", "Reason")]
    public async Task An_enum_is_exactly_one_documented_name_given_once(string body, string field)
    {
        var result = await JsonBody.ReadAsync<ReverseRedemptionRequest>(Request(body), CancellationToken.None);

        Assert.Equal("validation-failed", result.Error!.Code);
        Assert.Contains(field, result.Error.FieldErrors!.Keys);
    }

    [Theory]
    [InlineData("""{"name":"x","price":{"amountMinor":100,"currency":"CAD"},"sessions":1,"eligibleServiceTypes":["m"],"defaultExpiry":{"count":1}}""", "defaultExpiry.unit")]
    [InlineData("""{"name":"x","price":{"currency":"CAD"},"sessions":1,"eligibleServiceTypes":["m"]}""", "price.amountMinor")]
    [InlineData("""{"name":"x","price":{"amountMinor":1e3,"currency":"CAD"},"sessions":1,"eligibleServiceTypes":["m"]}""", "price.amountMinor")]
    [InlineData("""{"name":"x","price":{"amountMinor":9223372036854775808,"currency":"CAD"},"sessions":1,"eligibleServiceTypes":["m"]}""", "price.amountMinor")]
    public async Task A_missing_or_malformed_required_field_is_named_never_defaulted(string body, string field)
    {
        var result = await JsonBody.ReadAsync<OfferRequest>(Request(body), CancellationToken.None);

        Assert.Equal("validation-failed", result.Error!.Code);
        Assert.Contains(field, result.Error.FieldErrors!.Keys);
    }

    [Fact]
    public async Task A_package_offer_without_sessions_is_refused_naming_them_only_an_unlimited_plan_may_leave_them_out()
    {
        var package = await JsonBody.ReadAsync<OfferRequest>(Request("""{"name":"x","price":{"amountMinor":100,"currency":"CAD"},"eligibleServiceTypes":["m"]}"""), CancellationToken.None);
        var unlimited = await JsonBody.ReadAsync<OfferRequest>(Request(
            """{"name":"x","price":{"amountMinor":3100,"currency":"CAD"},"eligibleServiceTypes":["m"],"membership":{"period":"month","unlimited":true}}"""), CancellationToken.None);

        Assert.Contains("sessions", package.Value.ToInput().Value.ToTerms().Error!.FieldErrors!.Keys);
        Assert.Equal(1000, unlimited.Value.ToInput().Value.ToTerms().Value.Sessions);
    }

    [Theory]
    [InlineData(9_223_372_036_854_775_807L)]
    [InlineData(9_007_199_254_740_993L)]
    [InlineData(1_000_000_000_001L)]
    public void A_price_above_ten_to_the_twelve_is_a_validation_error(long price)
    {
        var body = new OfferRequest("x", new MoneyRequest(price, "CAD"), 1, ["massage"], null, null, null, null);

        Assert.Contains("price.amountMinor", body.ToInput().Value.ToTerms().Error!.FieldErrors!.Keys);
    }

    [Fact]
    public void An_unknown_currency_is_refused()
    {
        var body = new OfferRequest("x", new MoneyRequest(100, "ZZZ"), 1, ["massage"], null, null, null, null);

        Assert.Contains("price.currency", body.ToInput().Value.ToTerms().Error!.FieldErrors!.Keys);
    }

    [Theory]
    [InlineData("""{"reason":"x"}""", "expiresOn")]
    [InlineData("""{"neverExpires":false,"reason":"x"}""", "expiresOn")]
    [InlineData("""{"expiresOn":"2027-01-31","neverExpires":true,"reason":"x"}""", "neverExpires")]
    public async Task Change_expiry_says_the_new_day_or_never_explicitly(string body, string field)
    {
        var request = await JsonBody.ReadAsync<ChangeExpiryRequest>(Request(body), CancellationToken.None);

        Assert.Equal(field, Assert.Single(request.Value.LastDay().Error!.FieldErrors!.Keys));
    }

    [Theory]
    [InlineData("""{"expiresOn":null,"reason":"x"}""", null)]
    [InlineData("""{"neverExpires":true,"reason":"x"}""", null)]
    [InlineData("""{"expiresOn":"2027-01-31","reason":"x"}""", "2027-01-31")]
    public async Task Change_expiry_reads_a_day_or_never(string body, string? day)
    {
        var request = await JsonBody.ReadAsync<ChangeExpiryRequest>(Request(body), CancellationToken.None);

        Assert.Equal(day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), request.Value.LastDay().Value);
    }

    [Theory]
    [InlineData("""{"type":"payment-applied","paymentId":"p","clinicId":"B","clinicId":"A","packageId":"k","amount":{"amountMinor":1,"currency":"CAD"}}""", "clinicId")]
    [InlineData("""{"type":"payment-applied","paymentId":"p","clinicId":"A","packageId":"k","amount":{"amountMinor":1.5,"currency":"CAD"}}""", "amount.amountMinor")]
    [InlineData("""{"type":"payment-applied","paymentId":"p","clinicId":"A","packageId":"k","amount":{"currency":"CAD"}}""", "amount")]
    public void A_payment_message_with_a_duplicated_key_or_an_unreadable_amount_is_refused(string body, string field)
    {
        var parsed = PaymentMessageParser.Parse(BinaryData.FromString(body));

        var error = parsed.IsSuccess ? null : parsed.Error;
        Assert.NotNull(error);
        Assert.Contains(error.FieldErrors!.Keys, k => k.StartsWith(field, StringComparison.Ordinal));
    }

    [Fact]
    public void A_payment_message_may_carry_fields_of_its_own() =>
        Assert.True(PaymentMessageParser.Parse(BinaryData.FromString(
            """{"type":"payment-applied","paymentId":"p","clinicId":"A","packageId":"k","amount":{"amountMinor":1,"currency":"CAD"},"occurredAt":"2026-11-26T15:00:00Z","terminal":"7"}""")).IsSuccess);

    [Theory]
    [InlineData("?reason=%FF%FE", "reason")]
    [InlineData("?reason=a%00b", "reason")]
    [InlineData("?reason=bell%07", "reason")]
    [InlineData("?reason=%E2%82", "reason")]
    [InlineData("?reason=%zz", "reason")]
    [InlineData("?reason=a&reason=b", "reason")]
    public void A_query_that_is_not_clean_utf8_text_given_once_is_refused(string query, string field)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString(query);

        Assert.Contains(field, Packages.Functions.Http.QueryString.Check(context.Request)!.FieldErrors!.Keys);
    }

    [Fact]
    public void A_clean_query_passes()
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString("?reason=sold%20by%20mistake%20%E2%80%94%20caf%C3%A9&pageSize=5");

        Assert.Null(Packages.Functions.Http.QueryString.Check(context.Request));
    }

    [Theory]
    [InlineData("""{"offerId":"o","externalReference":"R-1","clientId":"c","purchasedOn":"2026-02-30","expiresOn":null,"sessionsUsed":0,"amountPaid":{"amountMinor":0,"currency":"CAD"}}""", "purchasedOn")]
    [InlineData("""{"offerId":"o","externalReference":"R-1","clientId":"c","purchasedOn":"2026-02-03","expiresOn":null,"sessionsUsed":"x","amountPaid":{"amountMinor":0,"currency":"CAD"}}""", "sessionsUsed")]
    [InlineData("""{"offerId":"o","externalReference":"R-1","clientId":"c","purchasedOn":"2026-02-03","expiresOn":null,"amountPaid":{"amountMinor":0,"currency":"CAD"}}""", "sessionsUsed")]
    [InlineData("""{"offerId":"o","externalReference":"R-1","clientId":"c","purchasedOn":"2026-02-03","expiresOn":null,"sessionsUsed":0,"amountPaid":{"currency":"CAD"}}""", "amountPaid.amountMinor")]
    [InlineData("""{"offerId":"o","externalReference":"R-1","clientId":"c","purchasedOn":"2026-02-03","expiresOn":"2026-13-01","sessionsUsed":0,"amountPaid":{"amountMinor":0,"currency":"CAD"}}""", "expiresOn")]
    [InlineData("""{"offerId":"o","externalReference":"R-1","externalReference":"R-2","clientId":"c","purchasedOn":"2026-02-03","expiresOn":null,"sessionsUsed":0,"amountPaid":{"amountMinor":0,"currency":"CAD"}}""", "externalReference")]
    [InlineData("""{"offerId":"o","externalReference":"\ud800","clientId":"c","purchasedOn":"2026-02-03","expiresOn":null,"sessionsUsed":0,"amountPaid":{"amountMinor":0,"currency":"CAD"}}""", "externalReference")]
    public void An_import_row_that_cannot_be_read_fails_alone_naming_its_field(string row, string field)
    {
        var parsed = ImportRowParser.Parse(JsonDocument.Parse(row, new JsonDocumentOptions { AllowDuplicateProperties = true }).RootElement);

        Assert.Null(parsed.Package);
        Assert.Contains(field, parsed.Error!.FieldErrors!.Keys);
    }

    [Fact]
    public void A_readable_import_row_keeps_its_reference_and_a_fingerprint_of_its_content()
    {
        const string Row = """{"offerId":"o","externalReference":"R-1","clientId":"c","purchasedOn":"2026-02-03","expiresOn":null,"sessionsUsed":2,"amountPaid":{"amountMinor":100,"currency":"CAD"}}""";
        var parsed = ImportRowParser.Parse(JsonDocument.Parse(Row).RootElement);
        var other = ImportRowParser.Parse(JsonDocument.Parse(Row.Replace("\"sessionsUsed\":2", "\"sessionsUsed\":3", StringComparison.Ordinal)).RootElement);

        Assert.Null(parsed.Error);
        Assert.Equal("R-1", parsed.ExternalReference);
        Assert.Equal(2, parsed.Package!.SessionsUsed);
        Assert.NotEqual(parsed.Fingerprint, other.Fingerprint);
    }

    [Fact]
    public void An_import_row_without_expiresOn_never_expires_and_is_the_same_row_as_one_with_null()
    {
        const string Row = """{"offerId":"o","externalReference":"R-1","clientId":"c","purchasedOn":"2026-02-03","sessionsUsed":2,"amountPaid":{"amountMinor":100,"currency":"CAD"}}""";
        var absent = ImportRowParser.Parse(JsonDocument.Parse(Row).RootElement);
        var explicitNull = ImportRowParser.Parse(JsonDocument.Parse(Row.Replace("\"sessionsUsed\"", "\"expiresOn\":null,\"sessionsUsed\"", StringComparison.Ordinal)).RootElement);

        Assert.Null(absent.Error);
        Assert.Null(absent.Package!.ExpiresOn);
        Assert.Equal(explicitNull.Fingerprint, absent.Fingerprint);
    }

    [Theory]
    [InlineData("""[{"serviceType":"massage","maxSessions":3},{"serviceType":"massage","maxSessions":5}]""")]
    [InlineData("""[null]""")]
    public async Task Service_type_caps_name_each_service_type_once(string caps)
    {
        var body = await JsonBody.ReadAsync<OfferRequest>(
            Request($$"""{"name":"Ten","price":{"amountMinor":900,"currency":"CAD"},"sessions":10,"eligibleServiceTypes":["massage"],"serviceTypeCaps":{{caps}}}"""),
            CancellationToken.None);

        Assert.Equal("serviceTypeCaps", Assert.Single(body.Value.ToInput().Error!.FieldErrors!.Keys));
    }

    [Fact]
    public async Task Service_type_caps_become_the_offers_caps()
    {
        var body = await JsonBody.ReadAsync<OfferRequest>(
            Request("""{"name":"Ten","price":{"amountMinor":900,"currency":"CAD"},"sessions":10,"eligibleServiceTypes":["massage","acupuncture"],"serviceTypeCaps":[{"serviceType":"massage","maxSessions":3}]}"""),
            CancellationToken.None);

        Assert.Equal(new Dictionary<string, int> { ["massage"] = 3 }, body.Value.ToInput().Value.ServiceTypeCaps);
    }

    private static HttpRequest Request(string body)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return context.Request;
    }
}
