namespace Packages.Functions.Http.Documentation;

/// <summary>
/// A required request field whose null is a value (an expiry of null: never expires). Other required request
/// fields are nullable in their records only so that a missing one is reported by name; the contract says
/// they may not be null.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class NullAllowedAttribute : Attribute;
