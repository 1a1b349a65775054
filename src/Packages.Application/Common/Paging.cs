using Packages.Domain.Common;

namespace Packages.Application.Common;

/// <summary>The one rule for page sizes requested by callers.</summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static Result<int> PageSize(int? requested) =>
        requested is null ? DefaultPageSize
        : requested is >= 1 and <= MaxPageSize ? requested.Value
        : DomainError.Validation("pageSize", $"Ask for 1-{MaxPageSize} items per page.");
}
