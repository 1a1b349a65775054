using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record BeneficiaryCommand(string ClinicId, string PackageId, string? ClientId, string? Reason, Actor Actor);

/// <summary>Names or removes a client who shares a package (family sharing), within the offer's limit; both idempotent.</summary>
public sealed class ManageBeneficiaries(PackageUpdater updater, TimeProvider time)
{
    public Task<Result<Package>> AddAsync(BeneficiaryCommand command, CancellationToken cancellationToken) =>
        updater.ApplyAsync(command.ClinicId, command.PackageId, package =>
            package.AddBeneficiary(command.ClientId, command.Reason, command.Actor, time.GetUtcNow()), cancellationToken);

    public Task<Result<Package>> RemoveAsync(BeneficiaryCommand command, CancellationToken cancellationToken) =>
        updater.ApplyAsync(command.ClinicId, command.PackageId, package =>
            package.RemoveBeneficiary(command.ClientId, command.Reason, command.Actor, time.GetUtcNow()), cancellationToken);
}
