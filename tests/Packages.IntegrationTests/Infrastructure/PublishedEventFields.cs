using System.Text.Json;

namespace Packages.IntegrationTests.Infrastructure;

/// <summary>Reads fields of a published event body (docs/messages.md) as the tests need them.</summary>
public static class PublishedEventFields
{
    public static string Field(this JsonElement body, string name) => body.GetProperty(name).ToString();

    public static string Data(this JsonElement body, string name) => body.GetProperty("data").GetProperty(name).ToString();
}
