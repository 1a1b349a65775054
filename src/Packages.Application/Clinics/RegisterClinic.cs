using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Domain.Common;

namespace Packages.Application.Clinics;

public sealed record RegisterClinicCommand(string ClinicId, string? Name, string? TimeZone);

/// <summary>Creates or updates a clinic's profile (name and IANA time zone). Idempotent by nature (PUT).</summary>
public sealed class RegisterClinic(IClinicStore clinics)
{
    public async Task<Result<Clinic>> ExecuteAsync(RegisterClinicCommand command, CancellationToken cancellationToken)
    {
        var clinic = Clinic.Create(command.ClinicId, command.Name, command.TimeZone);
        if (clinic.IsSuccess)
        {
            await clinics.SaveAsync(clinic.Value, cancellationToken);
        }

        return clinic;
    }
}
