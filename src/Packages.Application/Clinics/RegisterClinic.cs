using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Domain.Common;

namespace Packages.Application.Clinics;

public sealed record RegisterClinicCommand(
    string ClinicId, string? Name, string? TimeZone, IReadOnlyList<int>? ExpiringSoonDays = null, int? SessionsLowAt = null,
    int? HoldHours = null, int? MaxUnpaidPerClient = null);

/// <summary>Creates or updates a clinic's profile (name, IANA time zone, reminder and online purchase policies). Idempotent by nature (PUT).</summary>
public sealed class RegisterClinic(IClinicStore clinics)
{
    public async Task<Result<Clinic>> ExecuteAsync(RegisterClinicCommand command, CancellationToken cancellationToken)
    {
        var reminders = ReminderPolicy.Create(command.ExpiringSoonDays, command.SessionsLowAt);
        var online = OnlinePurchasePolicy.Create(command.HoldHours, command.MaxUnpaidPerClient);
        if (!reminders.IsSuccess || !online.IsSuccess)
        {
            return reminders.Error ?? online.Error!;
        }

        var clinic = Clinic.Create(command.ClinicId, command.Name, command.TimeZone, reminders.Value, online.Value);

        if (clinic.IsSuccess)
        {
            await clinics.SaveAsync(clinic.Value, cancellationToken);
        }

        return clinic;
    }
}
