using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Liability;

namespace Packages.Application.Liability;

/// <summary>A clinic and a month of its zone that a liability report may cover: yyyy-MM, registered clinic, already started.</summary>
public sealed record ClinicMonth(Clinic Clinic, ReportMonth Month)
{
    public static async Task<Result<ClinicMonth>> ResolveAsync(
        IClinicStore clinics, string clinicId, string? monthText, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var parsed = ReportMonth.Parse(monthText);
        if (!parsed.IsSuccess)
        {
            return parsed.Error!;
        }

        if (await clinics.FindAsync(clinicId, cancellationToken) is not { } clinic)
        {
            return ApplicationErrors.ClinicNotFound(clinicId);
        }

        return parsed.Value.StartIn(clinic.TimeZone) > now
            ? DomainError.Validation("month", $"{parsed.Value} has not started in the clinic's time zone ({clinic.TimeZoneId}).")
            : new ClinicMonth(clinic, parsed.Value);
    }
}
