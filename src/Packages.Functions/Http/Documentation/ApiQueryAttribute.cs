namespace Packages.Functions.Http.Documentation;

/// <summary>A query parameter a function reads, as the API contract states it. Zero bounds mean none.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ApiQueryAttribute(string name, Type type, string description) : Attribute
{
    public string Name { get; } = name;

    public Type Type { get; } = type;

    public string Description { get; } = description;

    public bool Required { get; init; }

    public int Minimum { get; init; }

    public int Maximum { get; init; }

    public int MaxLength { get; init; }

    public int Default { get; init; }
}
