using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record RedeemForClientCommand(
    string ClinicId, string ClientId, string? AppointmentId, string? ServiceType, Actor Actor, string? Practitioner = null, string? ServiceCode = null);

/// <summary>
/// Redeems a session when staff name the client and service but no package: the package is chosen by
/// <see cref="PackageChooser"/> among those the client owns or shares. One session per appointment across all the client's packages, however
/// many times and however concurrently it is sent (<see cref="AppointmentRedemption"/>).
/// </summary>
public sealed class RedeemForClient(IPackageStore packages, AppointmentRedemption redemption)
{
    public Task<Result<Receipt>> ExecuteAsync(RedeemForClientCommand command, CancellationToken cancellationToken)
    {
        var invalid = RedemptionInput.Validate(command.AppointmentId, command.ClientId, command.ServiceType);
        return invalid is not null
            ? Task.FromResult(Result<Receipt>.Failure(invalid))
            : redemption.RedeemAsync(
                new AppointmentRequest(command.ClinicId, command.AppointmentId!, command.ClientId, command.ServiceType!, command.Actor, command.Practitioner, command.ServiceCode),
                new ClientsBestPackage(packages, command), cancellationToken);
    }

    private sealed class ClientsBestPackage(IPackageStore packages, RedeemForClientCommand command) : IRedemptionTarget
    {
        public async Task<TargetChoice> ChooseAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            var candidates = await ClientPackagesAsync(cancellationToken);
            if (candidates.Select(c => c.Value).FirstOrDefault(p => p.RedemptionFor(command.AppointmentId!) is not null) is { } used)
            {
                var receipt = AlreadyRedeemed(used, used.ReceiptFor(used.RedemptionFor(command.AppointmentId!)!));
                return receipt.IsSuccess ? TargetChoice.AlreadyRedeemed(receipt.Value) : TargetChoice.Refuse(receipt.Error!);
            }

            var chosen = PackageChooser.Choose(candidates.Select(c => c.Value), command.ClientId, command.ServiceType!, now);
            return chosen.IsSuccess
                ? TargetChoice.Use(candidates.Single(c => ReferenceEquals(c.Value, chosen.Value)))
                : TargetChoice.Refuse(chosen.Error!);
        }

        /// <summary>A claim on another package this client owns or shares is used as it stands while that package can serve it.</summary>
        public bool MayHonour(Package claimed) => claimed.MayBeUsedBy(command.ClientId);

        /// <summary>An appointment belongs to one client: one already served for another client is not this client's.</summary>
        public Result<Receipt> AlreadyRedeemed(Package package, Receipt receipt) =>
            receipt.ClientId == command.ClientId ? receipt : PackageErrors.AppointmentRedeemedForAnotherClient(command.AppointmentId!);

        private async Task<List<Versioned<Package>>> ClientPackagesAsync(CancellationToken cancellationToken)
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
}
