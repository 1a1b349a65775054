using Packages.Domain.Clinics;
using Packages.Infrastructure.Cosmos.Documents;

namespace Packages.Infrastructure.Cosmos.Mapping;

internal static class ClinicMapping
{
    public static Clinic ToClinic(this ClinicDocument d) => Clinic.Rehydrate(d.ClinicId, d.Name, d.TimeZone, d.Reminders.ToPolicy());

    public static ClinicDocument ToDocument(this Clinic clinic) =>
        new(DocumentTypes.ClinicProfileId, clinic.Id, clinic.Name, clinic.TimeZoneId) { Reminders = clinic.Reminders.ToDocument() };
}
