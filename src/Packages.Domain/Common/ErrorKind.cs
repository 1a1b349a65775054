namespace Packages.Domain.Common;

/// <summary>The broad class of an expected failure; adapters map it to a transport status.</summary>
public enum ErrorKind
{
    /// <summary>The request itself is malformed or a field is out of range.</summary>
    Validation,

    /// <summary>The thing addressed does not exist (or belongs to another clinic).</summary>
    NotFound,

    /// <summary>The request is well formed but conflicts with the current state.</summary>
    Conflict,

    /// <summary>The request is well formed but cannot be processed as asked.</summary>
    Unprocessable,

    /// <summary>No valid credentials were presented.</summary>
    Unauthenticated,

    /// <summary>The caller is known but may not do this here.</summary>
    Forbidden,
}
