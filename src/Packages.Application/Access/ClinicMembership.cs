using Packages.Domain.Common;

namespace Packages.Application.Access;

/// <summary>
/// A caller's role in one clinic, written in tokens as "clinicId:admin", "clinicId:staff" or
/// "clinicId:patient:clientId" (a patient is tied to their client record).
/// </summary>
public sealed record ClinicMembership(string ClinicId, ClinicRole Role, string? ClientId)
{
    public static bool TryParse(string? value, out ClinicMembership membership)
    {
        membership = null!;
        var parts = value?.Split(':') ?? [];
        if (parts.Length is < 2 or > 3 || !Identifiers.IsValid(parts[0]))
        {
            return false;
        }

        ClinicMembership? parsed = (parts[1], parts.Length) switch
        {
            ("admin", 2) => new(parts[0], ClinicRole.Admin, null),
            ("staff", 2) => new(parts[0], ClinicRole.Staff, null),
            ("patient", 3) when Identifiers.IsValid(parts[2]) => new(parts[0], ClinicRole.Patient, parts[2]),
            _ => null,
        };
        membership = parsed!;
        return parsed is not null;
    }

    public override string ToString() =>
        ClientId is null ? $"{ClinicId}:{Role.ToString().ToLowerInvariant()}" : $"{ClinicId}:patient:{ClientId}";
}
