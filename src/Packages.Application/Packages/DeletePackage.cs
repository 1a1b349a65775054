using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record DeletePackageCommand(string ClinicId, string PackageId, string? Reason, Actor Actor);

/// <summary>Deletes a sale made by mistake, only while no payment is applied (409 otherwise).</summary>
public sealed class DeletePackage(PackageUpdater updater, TimeProvider time)
{
    public Task<Result<Package>> ExecuteAsync(DeletePackageCommand command, CancellationToken cancellationToken) =>
        updater.ApplyAsync(command.ClinicId, command.PackageId, package => package.Delete(command.Reason, command.Actor, time.GetUtcNow()), cancellationToken);
}
