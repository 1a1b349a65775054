using Packages.Application.Common;
using Packages.Application.Diagnostics;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record RedeemForClientCommand(string ClinicId, string ClientId, string? AppointmentId, string? ServiceType, Actor Actor);

/// <summary>
/// Redeems a session when staff name the client and service but no package: the package is chosen by
/// <see cref="PackageChooser"/>. Idempotent on the appointment id across all the client's packages.
/// Each attempt is one query and one conditional write; a lost race chooses again on fresh data.
/// </summary>
public sealed class RedeemForClient(IPackageStore packages, PackageWriter writer, TimeProvider time, PackagesMetrics metrics)
{
    public async Task<Result<Receipt>> ExecuteAsync(RedeemForClientCommand command, CancellationToken cancellationToken)
    {
        if (RedemptionInput.Validate(command.AppointmentId, command.ServiceType) is { } invalid)
        {
            return invalid;
        }

        for (var attempt = 0; attempt < PackageUpdater.MaxAttempts; attempt++)
        {
            var candidates = await ClientPackagesAsync(command, cancellationToken);
            var now = time.GetUtcNow();
            if (candidates.FirstOrDefault(c => c.Value.RedemptionFor(command.AppointmentId!) is not null) is { } already)
            {
                return already.Value.ReceiptFor(already.Value.RedemptionFor(command.AppointmentId!)!);
            }

            var chosen = PackageChooser.Choose(candidates.Select(c => c.Value), command.ServiceType!, now);
            if (!chosen.IsSuccess)
            {
                return chosen.Error!;
            }

            var receipt = chosen.Value.Redeem(command.AppointmentId!, command.ServiceType!, command.Actor, now);
            var etag = candidates.Single(c => ReferenceEquals(c.Value, chosen.Value)).ETag;
            if (await writer.ReplaceAsync(chosen.Value, etag, cancellationToken))
            {
                metrics.Redeemed(command.ServiceType!);
                return receipt;
            }
        }

        return PackageErrors.ConcurrencyConflict;
    }

    private async Task<List<Versioned<Package>>> ClientPackagesAsync(RedeemForClientCommand command, CancellationToken cancellationToken)
    {
        var all = new List<Versioned<Package>>();
        string? token = null;
        do
        {
            var page = await packages.ListForClientAsync(command.ClinicId, command.ClientId, token, Paging.MaxPageSize, cancellationToken);
            all.AddRange(page.Value.Items);
            token = page.Value.ContinuationToken;
        }
        while (token is not null);

        return all;
    }
}
