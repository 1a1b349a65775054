using System.Text;
using Packages.Infrastructure.Cosmos;

namespace Packages.IntegrationTests.Persistence;

public sealed class DocumentTypeTests
{
    [Theory]
    [InlineData("""{"id":"a","type":"package"}""", "package")]
    [InlineData("""{"terms":{"type":"offer","list":[{"type":"x"}]},"type":"package","after":1}""", "package")]
    [InlineData("""{"terms":{"type":"offer"}}""", null)]
    [InlineData("""{"type":42}""", null)]
    [InlineData("""[{"type":"package"}]""", null)]
    public void Only_the_top_level_string_counts(string json, string? expected) =>
        Assert.Equal(expected, DocumentType.Of(Encoding.UTF8.GetBytes(json)));
}
