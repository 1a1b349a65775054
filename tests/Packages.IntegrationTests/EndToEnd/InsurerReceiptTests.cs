using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Packages.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>A receipt an insurer accepts, as JSON and as a one-page PDF read back with PdfPig.</summary>
[Collection(CosmosCollection.Name)]
public sealed class InsurerReceiptTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    private string _package = null!;

    protected override async Task SeedAsync()
    {
        var clinic = await Host.Client.PutAsJsonAsync("/api/clinics/maple-physio", new
        {
            name = "Maple Physio", timeZone = "America/Toronto",
            receiptDetails = new { legalName = "Maple Physiothérapie Inc.", address = "12 Rue Saint-Denis, Montréal QC", taxNumber = "GST 123456789 RT0001" },
        });
        Assert.Equal(HttpStatusCode.OK, clinic.StatusCode);
        var offer = await Clinic.PostAsync("offers", new
        {
            name = "Ten massages", price = new { amountMinor = 90_000, currency = "CAD" }, sessions = 10, eligibleServiceTypes = new[] { "massage" },
            listPricePerSession = new { amountMinor = 11_000, currency = "CAD" },
        });
        _package = await Clinic.SellPaidAsync((await Host.JsonAsync(offer)).GetProperty("offerId").GetString()!, 90_000, "client-42");
        var redeemed = await Clinic.PostAsync($"packages/{_package}/redemptions", new
        {
            appointmentId = "appt-1", clientId = "client-42", serviceType = "massage", practitioner = "Dr. Élise Tremblay", serviceCode = "RMT-60",
        });
        Assert.Equal(HttpStatusCode.Created, redeemed.StatusCode);
    }

    [Fact]
    public async Task The_json_receipt_states_every_field_an_insurer_needs()
    {
        var receipt = await Host.JsonAsync(await Clinic.GetAsync($"packages/{_package}/redemptions/appt-1"));

        Assert.Equal(("Maple Physiothérapie Inc.", "GST 123456789 RT0001"), (receipt.GetProperty("clinic").GetProperty("legalName").GetString(),
            receipt.GetProperty("clinic").GetProperty("taxNumber").GetString()));
        Assert.Equal(("Dr. Élise Tremblay", "RMT-60", "2026-11-26T10:00", "America/Toronto"), (receipt.GetProperty("practitioner").GetString(),
            receipt.GetProperty("serviceCode").GetString(), receipt.GetProperty("localDateTime").GetString(), receipt.GetProperty("timeZone").GetString()));
        Assert.Equal((11_000L, 2_000L, 9_000L, 9), (receipt.GetProperty("listPrice").GetProperty("amountMinor").GetInt64(),
            receipt.GetProperty("discount").GetProperty("amountMinor").GetInt64(), receipt.GetProperty("value").GetProperty("amountMinor").GetInt64(),
            receipt.GetProperty("sessionsRemaining").GetInt32()));
    }

    [Fact]
    public async Task The_pdf_receipt_is_one_page_that_reads_back_with_every_field()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/clinics/maple-physio/packages/{_package}/redemptions/appt-1");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));

        var response = await Host.Client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal((HttpStatusCode.OK, "application/pdf"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        using var pdf = PdfDocument.Open(bytes);
        var page = Assert.Single(pdf.GetPages());
        var text = string.Join(" ", page.GetWords().Select(w => w.Text));
        foreach (var field in new[]
        {
            "Maple Physio", "Physiothérapie", "Saint-Denis,", "123456789", "client-42", "massage", "RMT-60", "Élise", "Tremblay",
            "2026-11-26T10:00", "America/Toronto", "110.00", "20.00", "90.00", "Ten massages", _package, "left:", "9",
        })
        {
            Assert.Contains(field, text);
        }

        Assert.Equal("application/json", (await Clinic.GetAsync($"packages/{_package}/redemptions/appt-1")).Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("APPLICATION/PDF", "application/pdf")]
    [InlineData("application/pdf, application/json", "application/pdf")]
    [InlineData("application/json, application/pdf", "application/json")]
    [InlineData("*/*;q=0.1, application/pdf;q=0.05", "application/json")]
    [InlineData("text/html,application/xhtml+xml,*/*;q=0.8", "application/json")]
    public async Task The_format_follows_the_accept_header_and_the_answer_varies_by_it(string accept, string expected)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/clinics/maple-physio/packages/{_package}/redemptions/appt-1");
        request.Headers.TryAddWithoutValidation("Accept", accept);

        var response = await Host.Client.SendAsync(request);

        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task A_long_name_wraps_inside_the_page()
    {
        var practitioner = string.Join(' ', Enumerable.Repeat("Practitioner-with-a-long-name", 6)) + " " + new string('W', 120);
        Assert.Equal(HttpStatusCode.Created, (await Clinic.PostAsync($"packages/{_package}/redemptions", new
        {
            appointmentId = "appt-long", clientId = "client-42", serviceType = "massage", practitioner = practitioner[..200],
        })).StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/clinics/maple-physio/packages/{_package}/redemptions/appt-long");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));

        using var pdf = PdfDocument.Open(await (await Host.Client.SendAsync(request)).Content.ReadAsByteArrayAsync());
        var page = Assert.Single(pdf.GetPages());

        Assert.All(page.Letters, letter => Assert.InRange(letter.BoundingBox.Right, 0, page.Width));
        var drawn = string.Concat(page.Letters.Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains(practitioner[..200].Replace(" ", "", StringComparison.Ordinal), drawn);
    }
}
