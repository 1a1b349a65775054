using Packages.Infrastructure.Cosmos.Mapping;

namespace Packages.IntegrationTests.Persistence;

public sealed class Base36Tests
{
    [Theory]
    [InlineData(0L, "0")]
    [InlineData(35L, "z")]
    [InlineData(36L, "10")]
    [InlineData(604_800_000L, "a02yo0")]
    [InlineData(-1L, "-1")]
    public void Known_values(long value, string text)
    {
        Assert.Equal(text, Base36.Format(value));
        Assert.Equal(value, Base36.Parse(text));
    }

    [Fact]
    public void Every_long_round_trips()
    {
        var random = new Random(36);
        long[] edges = [long.MinValue, long.MinValue + 1, long.MaxValue, -36, 36 * 36];
        foreach (var value in edges.Concat(Enumerable.Range(0, 10_000).Select(_ => random.NextInt64(long.MinValue, long.MaxValue))))
        {
            Assert.Equal(value, Base36.Parse(Base36.Format(value)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("A")]
    [InlineData("1 2")]
    public void Anything_else_is_refused(string text) => Assert.Throws<FormatException>(() => Base36.Parse(text));
}
