using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Domain.Common;

namespace Packages.Application.Clinics;

public sealed record RegisterClinicCommand(
    string ClinicId, string? Name, string? TimeZone, IReadOnlyList<int>? ExpiringSoonDays = null, int? SessionsLowAt = null,
    int? HoldHours = null, int? MaxUnpaidPerClient = null, string? LegalName = null, string? Address = null, string? TaxNumber = null,
    int? MembershipGraceDays = null);

/// <summary>Creates or updates a clinic's profile (name, IANA time zone, reminder and online purchase policies). Idempotent by nature (PUT).</summary>
public sealed class RegisterClinic(IClinicStore clinics)
{
    public async Task<Result<Clinic>> ExecuteAsync(RegisterClinicCommand command, CancellationToken cancellationToken)
    {
        var reminders = ReminderPolicy.Create(command.ExpiringSoonDays, command.SessionsLowAt);
        var online = OnlinePurchasePolicy.Create(command.HoldHours, command.MaxUnpaidPerClient);
        var details = command.LegalName is null && command.Address is null && command.TaxNumber is null
            ? Result<ReceiptDetails?>.Success(null)
            : ReceiptDetails.Create(command.LegalName, command.Address, command.TaxNumber).Map(d => (ReceiptDetails?)d);
        if (!reminders.IsSuccess || !online.IsSuccess || !details.IsSuccess)
        {
            return reminders.Error ?? online.Error ?? details.Error!;
        }

        var clinic = Clinic.Create(command.ClinicId, command.Name, command.TimeZone, reminders.Value, online.Value, details.Value, command.MembershipGraceDays);

        if (clinic.IsSuccess)
        {
            await clinics.SaveAsync(clinic.Value, cancellationToken);
        }

        return clinic;
    }
}
