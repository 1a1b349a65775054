using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record TransferPackageCommand(string ClinicId, string PackageId, string? ToClientId, string? Reason, Actor Actor);

/// <summary>Gives a whole package to another client of the clinic (one conditional write; idempotent).</summary>
public sealed class TransferPackage(PackageUpdater updater, TimeProvider time)
{
    public Task<Result<Package>> ExecuteAsync(TransferPackageCommand command, CancellationToken cancellationToken) =>
        updater.ApplyAsync(command.ClinicId, command.PackageId, package =>
            package.TransferTo(command.ToClientId, command.Reason, command.Actor, time.GetUtcNow()), cancellationToken);
}
