using System.Reflection;

namespace Packages.LocalHost.Functions;

/// <summary>One [Function] method and the trigger attribute that drives it.</summary>
public sealed record FunctionDescriptor(string Name, FunctionKind Kind, Type Class, MethodInfo Method, Attribute Trigger);
