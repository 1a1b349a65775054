using Microsoft.AspNetCore.Http;
using Packages.Domain.Common;

namespace Packages.Functions.Http;

/// <summary>Reads the paging and filter parameters of list endpoints, as values or validation errors.</summary>
public static class QueryString
{
    public static string? Text(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && values.Count == 1 ? values.ToString() : null;

    public static Result<int?> Int(HttpRequest request, string name) =>
        Text(request, name) is not { } text ? Result<int?>.Success(null)
        : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? Result<int?>.Success(value)
            : DomainError.Validation(name, "Give a whole number.");

    public static Result<TEnum?> Enum<TEnum>(HttpRequest request, string name)
        where TEnum : struct, System.Enum =>
        Text(request, name) is not { } text ? Result<TEnum?>.Success(null)
        : System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !char.IsDigit(text[0])
            ? Result<TEnum?>.Success(value)
            : DomainError.Validation(name, $"Use one of: {string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");
}
