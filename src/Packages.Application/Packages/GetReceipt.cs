using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

/// <summary>The insurance-friendly receipt of one redeemed appointment.</summary>
public sealed class GetReceipt(GetPackage getPackage)
{
    public async Task<Result<Receipt>> ExecuteAsync(
        string clinicId, string packageId, string appointmentId, ClientScope scope, CancellationToken cancellationToken)
    {
        var package = await getPackage.ExecuteAsync(clinicId, packageId, scope, cancellationToken);
        if (!package.IsSuccess)
        {
            return package.Error!;
        }

        return package.Value.RedemptionFor(appointmentId) is { } redemption
            ? package.Value.ReceiptFor(redemption)
            : PackageErrors.RedemptionNotFound(appointmentId);
    }
}
