namespace Packages.Application.Common;

/// <summary>A command's outcome on an aggregate, and whether it changed anything that must be written.</summary>
public readonly record struct Change<T>(T Value, bool Changed);
