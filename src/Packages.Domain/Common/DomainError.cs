namespace Packages.Domain.Common;

/// <summary>
/// An expected failure as a value. <see cref="Code"/> is stable and documented
/// (docs/problems.md); <see cref="FieldErrors"/> names the offending fields for validation errors.
/// </summary>
public sealed record DomainError(
    string Code,
    ErrorKind Kind,
    string Detail,
    IReadOnlyDictionary<string, string[]>? FieldErrors = null)
{
    public static DomainError Validation(string field, string message) =>
        new(ErrorCodes.ValidationFailed, ErrorKind.Validation, "One or more fields are invalid.",
            new Dictionary<string, string[]> { [field] = [message] });

    public static DomainError Validation(IReadOnlyDictionary<string, string[]> fieldErrors) =>
        new(ErrorCodes.ValidationFailed, ErrorKind.Validation, "One or more fields are invalid.", fieldErrors);
}
