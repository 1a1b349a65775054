using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

/// <summary>A receipt and the clinic that issues it: what an insurer reads (docs/rules.md, "Receipts").</summary>
public sealed record InsurerReceipt(Receipt Receipt, Clinic Clinic);

/// <summary>The insurance-friendly receipt of one redeemed appointment, naming the client served and the clinic.</summary>
public sealed class GetReceipt(GetPackage getPackage, IClinicStore clinics)
{
    public async Task<Result<InsurerReceipt>> ExecuteAsync(
        string clinicId, string packageId, string appointmentId, ClientScope scope, CancellationToken cancellationToken)
    {
        var package = await getPackage.ExecuteAsync(clinicId, packageId, scope, cancellationToken);
        if (!package.IsSuccess)
        {
            return package.Error!;
        }

        // A beneficiary reads the receipts of their own appointments, not those of the rest of the family.
        var receipt = package.Value.RedemptionFor(appointmentId) is { } redemption ? package.Value.ReceiptFor(redemption) : null;
        if (receipt is null || !scope.SeesReceipt(package.Value, receipt))
        {
            return PackageErrors.RedemptionNotFound(appointmentId);
        }

        return await clinics.FindAsync(clinicId, cancellationToken) is { } clinic
            ? new InsurerReceipt(receipt, clinic)
            : ApplicationErrors.ClinicNotFound(clinicId);
    }
}
