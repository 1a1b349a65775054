using System.Net;
using System.Net.Http.Json;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

[Collection(CosmosCollection.Name)]
public sealed class IdempotencyKeyTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    private string _offer = null!;

    protected override async Task SeedAsync() => _offer = await Clinic.CreateOfferAsync(5, 45_000);

    [Fact]
    public async Task The_same_key_and_body_return_the_first_response()
    {
        var first = await Host.PostAsync("/api/clinics/maple-physio/packages", new { offerId = _offer, clientId = "c-1" }, "sale-1");
        var retry = await Host.PostAsync("/api/clinics/maple-physio/packages", new { offerId = _offer, clientId = "c-1" }, "sale-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        var listed = await Host.JsonAsync(await Clinic.GetAsync("clients/c-1/packages"));
        Assert.Equal(1, listed.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused_and_changes_nothing()
    {
        await Host.PostAsync("/api/clinics/maple-physio/packages", new { offerId = _offer, clientId = "c-2" }, "sale-2");

        var reused = await Host.PostAsync("/api/clinics/maple-physio/packages", new { offerId = _offer, clientId = "c-3" }, "sale-2");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal("idempotency-key-reused", await ClinicScenario.ProblemCodeAsync(reused));
        Assert.Equal(0, (await Host.JsonAsync(await Clinic.GetAsync("clients/c-3/packages"))).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_redemption_retried_with_its_key_is_not_counted_twice()
    {
        var package = await Clinic.SellPaidAsync(_offer, 45_000);
        var path = $"/api/clinics/maple-physio/packages/{package}/redemptions";

        var first = await Host.PostAsync(path, new { appointmentId = "appt-1", clientId = "client-42", serviceType = "massage" }, "redeem-1");
        var retry = await Host.PostAsync(path, new { appointmentId = "appt-1", clientId = "client-42", serviceType = "massage" }, "redeem-1");
        var reused = await Host.PostAsync(path, new { appointmentId = "appt-2", clientId = "client-42", serviceType = "massage" }, "redeem-1");

        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal(4, (await Clinic.GetPackageAsync(package)).GetProperty("sessionsRemaining").GetInt32());
    }

    [Fact]
    public async Task A_key_belongs_to_its_caller_another_user_sending_the_same_key_and_body_gets_their_own_result()
    {
        var body = new { offerId = _offer, clientId = "c-9" };
        using var alice = Host.ClientWith(Host.TokenFor("alice", "maple-physio:staff"));
        using var bob = Host.ClientWith(Host.TokenFor("bob", "maple-physio:staff"));

        var first = await SendAsync(alice, body, "shared-key");
        var second = await SendAsync(bob, body, "shared-key");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(second.Headers.Contains("Idempotent-Replayed"));
        Assert.NotEqual(first.Headers.Location, second.Headers.Location);
        Assert.Equal(2, (await Host.JsonAsync(await Clinic.GetAsync("clients/c-9/packages"))).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Sixteen_requests_racing_with_one_key_run_the_command_once_and_the_others_wait_or_replay_it()
    {
        var body = new { offerId = _offer, clientId = "c-16" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => SendAsync(Host.Client, body, "race-key")));

        var executed = responses.Where(r => r.StatusCode == HttpStatusCode.Created && !r.Headers.Contains("Idempotent-Replayed")).ToList();
        var first = Assert.Single(executed);
        var firstBody = await first.Content.ReadAsStringAsync();
        foreach (var other in responses.Where(r => !ReferenceEquals(r, first)))
        {
            if (other.StatusCode == HttpStatusCode.Created)
            {
                Assert.Equal("true", other.Headers.GetValues("Idempotent-Replayed").Single());
                Assert.Equal(firstBody, await other.Content.ReadAsStringAsync());
                Assert.Equal(first.Headers.Location, other.Headers.Location);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
                Assert.Equal("idempotency-request-in-progress", await ClinicScenario.ProblemCodeAsync(other));
                Assert.Equal("1", other.Headers.GetValues("Retry-After").Single());
                Assert.False(other.Headers.Contains("Idempotent-Replayed"));
            }
        }

        Assert.Equal(1, (await Host.JsonAsync(await Clinic.GetAsync("clients/c-16/packages"))).GetProperty("items").GetArrayLength());
        TestReport.Write($"idempotency race: 16 requests, one key: 1 ran, {responses.Count(r => r.Headers.Contains("Idempotent-Replayed"))} replayed, " +
            $"{responses.Count(r => r.StatusCode == HttpStatusCode.Conflict)} answered 409 in progress; 1 package stored");
        var retry = await SendAsync(Host.Client, body, "race-key");
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/clinics/maple-physio/packages") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
