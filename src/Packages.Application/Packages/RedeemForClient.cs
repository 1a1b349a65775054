using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record RedeemForClientCommand(string ClinicId, string ClientId, string? AppointmentId, string? ServiceType, Actor Actor);

/// <summary>
/// Redeems a session when staff name the client and service but no package: the package is chosen by
/// <see cref="PackageChooser"/>. One session per appointment across all the client's packages, however
/// many times and however concurrently it is sent (<see cref="AppointmentRedemption"/>).
/// </summary>
public sealed class RedeemForClient(IPackageStore packages, AppointmentRedemption redemption)
{
    public Task<Result<Receipt>> ExecuteAsync(RedeemForClientCommand command, CancellationToken cancellationToken)
    {
        var invalid = RedemptionInput.Validate(command.AppointmentId, command.ServiceType)
            ?? (Identifiers.IsValid(command.ClientId) ? null : DomainError.Validation("clientId", Identifiers.Rule));
        return invalid is not null
            ? Task.FromResult(Result<Receipt>.Failure(invalid))
            : redemption.RedeemAsync(
                new AppointmentRequest(command.ClinicId, command.AppointmentId!, command.ServiceType!, command.Actor),
                new ClientsBestPackage(packages, command), cancellationToken);
    }

    private sealed class ClientsBestPackage(IPackageStore packages, RedeemForClientCommand command) : IRedemptionTarget
    {
        public async Task<TargetChoice> ChooseAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            var candidates = await ClientPackagesAsync(cancellationToken);
            if (candidates.Select(c => c.Value).FirstOrDefault(p => p.RedemptionFor(command.AppointmentId!) is not null) is { } used)
            {
                return TargetChoice.AlreadyRedeemed(used.ReceiptFor(used.RedemptionFor(command.AppointmentId!)!));
            }

            var chosen = PackageChooser.Choose(candidates.Select(c => c.Value), command.ServiceType!, now);
            return chosen.IsSuccess
                ? TargetChoice.Use(candidates.Single(c => ReferenceEquals(c.Value, chosen.Value)))
                : TargetChoice.Refuse(chosen.Error!);
        }

        /// <summary>A claim on another of this client's packages is used as it stands while that package can serve it.</summary>
        public bool MayHonour(Package claimed) => claimed.ClientId == command.ClientId;

        public Result<Receipt> AlreadyRedeemed(Package package, Receipt receipt) => receipt;

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
