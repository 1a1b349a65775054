using Packages.Application.Packages;
using Packages.Domain.Common;

namespace Packages.Application.Access;

/// <summary>What an authorised caller may do in the clinic of the request: who they are, and whose packages they see.</summary>
public sealed record ClinicAccess(Caller Caller, ClinicMembership Membership)
{
    public Actor Actor => new(Caller.UserId, Membership.Role.ToString().ToLowerInvariant());

    public ClientScope Scope =>
        Membership.Role == ClinicRole.Patient ? ClientScope.Client(Membership.ClientId!) : ClientScope.AllClients;
}
