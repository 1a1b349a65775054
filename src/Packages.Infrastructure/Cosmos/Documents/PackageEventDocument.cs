using System.Text.Json.Serialization;
using Packages.Domain.Packages;

namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>One audit line; empty fields are left out to keep documents small.</summary>
public sealed record PackageEventDocument(
    DateTimeOffset At,
    string By,
    PackageEventKind Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Ref,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Detail);
