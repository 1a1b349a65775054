using Packages.Domain.Clinics;
using Packages.Infrastructure.Cosmos.Documents;

namespace Packages.Infrastructure.Cosmos.Mapping;

internal static class ClinicMapping
{
    public static Clinic ToClinic(this ClinicDocument d) => Clinic.Rehydrate(d.ClinicId, d.Name, d.TimeZone, d.Reminders.ToPolicy(),
        d.OnlinePurchases is { } p ? new OnlinePurchasePolicy(p.HoldHours, p.MaxUnpaidPerClient) : null,
        d.ReceiptDetails is { } r ? new ReceiptDetails(r.LegalName, r.Address, r.TaxNumber) : null, d.MembershipGraceDays);

    public static ClinicDocument ToDocument(this Clinic clinic) =>
        new(DocumentTypes.ClinicProfileId, clinic.Id, clinic.Name, clinic.TimeZoneId)
        {
            Reminders = clinic.Reminders.ToDocument(),
            OnlinePurchases = clinic.OnlinePurchases == OnlinePurchasePolicy.Default
                ? null : new OnlinePurchasePolicyDocument(clinic.OnlinePurchases.HoldHours, clinic.OnlinePurchases.MaxUnpaidPerClient),
            ReceiptDetails = clinic.ReceiptDetails is { } r ? new ReceiptDetailsDocument(r.LegalName, r.Address, r.TaxNumber) : null,
            MembershipGraceDays = clinic.MembershipGraceDays == Clinic.DefaultMembershipGraceDays ? null : clinic.MembershipGraceDays,
        };
}
