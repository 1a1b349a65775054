namespace Packages.Functions.Security;

/// <summary>Marks an HTTP function that serves no clinic data and needs no caller (e.g. the API document).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PublicEndpointAttribute : Attribute;
