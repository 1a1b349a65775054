using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Packages.Domain.Common;
using Packages.Domain.Packages;
using Packages.Functions.Http;

namespace Packages.Functions.Tests.Http;

public sealed class ProblemResultsTests
{
    [Theory]
    [InlineData(ErrorKind.Validation, 400)]
    [InlineData(ErrorKind.NotFound, 404)]
    [InlineData(ErrorKind.Conflict, 409)]
    [InlineData(ErrorKind.Unprocessable, 422)]
    public void Each_kind_of_error_has_its_status(ErrorKind kind, int status) =>
        Assert.Equal(status, ProblemResults.StatusFor(kind));

    [Fact]
    public void A_problem_carries_a_stable_type_and_code_per_error()
    {
        var result = Assert.IsType<JsonResponse>(ProblemResults.From(PackageErrors.Exhausted));
        var problem = Assert.IsType<ProblemDetails>(result.Body);

        Assert.Equal(StatusCodes.Status409Conflict, result.StatusCode);
        Assert.Equal("urn:packages:problem:package-exhausted", problem.Type);
        Assert.Equal("package-exhausted", problem.Extensions["code"]);
    }

    [Fact]
    public void A_validation_problem_lists_the_fields()
    {
        var result = Assert.IsType<JsonResponse>(ProblemResults.From(DomainError.Validation("sessions", "Give 1-1000 sessions.")));
        var problem = Assert.IsType<ProblemDetails>(result.Body);

        var errors = Assert.IsAssignableFrom<IReadOnlyDictionary<string, string[]>>(problem.Extensions["errors"]);
        Assert.Equal(["Give 1-1000 sessions."], errors["sessions"]);
    }
}
