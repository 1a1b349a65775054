using Packages.Domain.Common;

namespace Packages.Application.Access;

/// <summary>
/// The tenancy rule, in one place: a caller acts only in a clinic they belong to, in a role the
/// operation allows. Everything else is refused before any data is read.
/// </summary>
public static class AccessPolicy
{
    public static readonly DomainError Unauthenticated =
        new(ErrorCodes.Unauthenticated, ErrorKind.Unauthenticated, "Send a valid bearer token in the Authorization header.");

    public static readonly DomainError Forbidden =
        new(ErrorCodes.Forbidden, ErrorKind.Forbidden, "Your roles do not allow this operation in this clinic.");

    public static Result<ClinicAccess> Authorize(Caller? caller, string? clinicId, IReadOnlyCollection<ClinicRole> allowed)
    {
        if (caller is null)
        {
            return Unauthenticated;
        }

        var membership = caller.Memberships
            .Where(m => m.ClinicId == clinicId && allowed.Contains(m.Role))
            .OrderBy(m => m.Role)
            .FirstOrDefault();
        return membership is null ? Forbidden : new ClinicAccess(caller, membership);
    }
}
