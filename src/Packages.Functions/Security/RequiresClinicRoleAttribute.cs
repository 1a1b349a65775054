using Packages.Application.Access;

namespace Packages.Functions.Security;

/// <summary>The roles that may call an HTTP function, in the clinic named by its {clinicId} route value.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresClinicRoleAttribute(params ClinicRole[] roles) : Attribute
{
    public IReadOnlyCollection<ClinicRole> Roles { get; } = roles;
}
