using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record CancelPackageCommand(string ClinicId, string PackageId, string? Reason, Actor Actor);

/// <summary>Ends a package (e.g. after a refund); its payments and history stay.</summary>
public sealed class CancelPackage(PackageUpdater updater, TimeProvider time)
{
    public Task<Result<Package>> ExecuteAsync(CancelPackageCommand command, CancellationToken cancellationToken) =>
        updater.ApplyAsync(command.ClinicId, command.PackageId, package => package.Cancel(command.Reason, command.Actor, time.GetUtcNow()), cancellationToken);
}
