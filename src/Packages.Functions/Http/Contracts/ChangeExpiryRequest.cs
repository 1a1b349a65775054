using System.Text.Json.Serialization;

namespace Packages.Functions.Http.Contracts;

/// <summary>The new last day of use (yyyy-MM-dd, clinic time), required: null means the package never expires.</summary>
public sealed record ChangeExpiryRequest([property: JsonRequired] DateOnly? ExpiresOn, string? Reason);
