namespace Packages.Functions.Http.Documentation;

/// <summary>
/// A property the contract describes as another type than the one it is read into: import rows are read as raw
/// JSON so that a malformed row fails alone, but each row has the shape of <see cref="Type"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class DocumentedAsAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;
}
