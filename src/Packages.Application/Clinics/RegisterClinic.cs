using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Domain.Common;

namespace Packages.Application.Clinics;

public sealed record RegisterClinicCommand(string ClinicId, string? Name, string? TimeZone, IReadOnlyList<int>? ExpiringSoonDays = null, int? SessionsLowAt = null);

/// <summary>Creates or updates a clinic's profile (name, IANA time zone, reminder policy). Idempotent by nature (PUT).</summary>
public sealed class RegisterClinic(IClinicStore clinics)
{
    public async Task<Result<Clinic>> ExecuteAsync(RegisterClinicCommand command, CancellationToken cancellationToken)
    {
        var reminders = ReminderPolicy.Create(command.ExpiringSoonDays, command.SessionsLowAt);
        var clinic = Clinic.Create(command.ClinicId, command.Name, command.TimeZone, reminders.IsSuccess ? reminders.Value : null);
        if (!reminders.IsSuccess)
        {
            return reminders.Error!;
        }

        if (clinic.IsSuccess)
        {
            await clinics.SaveAsync(clinic.Value, cancellationToken);
        }

        return clinic;
    }
}
