using Packages.Application.Packages;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Freezes;

public sealed record FreezePackageCommand(string ClinicId, string PackageId, DateOnly From, DateOnly Until, string? Reason, Actor Actor);

public sealed record EndFreezeCommand(string ClinicId, string PackageId, DateOnly From, string? Reason, Actor Actor);

/// <summary>Freezes a package for a range of the clinic's days, or ends a freeze early (docs/rules.md, "Freeze"): one conditional write each.</summary>
public sealed class FreezePackage(PackageUpdater updater, TimeProvider time)
{
    public Task<Result<Package>> ExecuteAsync(FreezePackageCommand command, CancellationToken cancellationToken) =>
        updater.ApplyAsync(command.ClinicId, command.PackageId, package =>
            package.Freeze(command.From, command.Until, command.Reason, command.Actor, time.GetUtcNow()), cancellationToken);

    public Task<Result<Package>> EndAsync(EndFreezeCommand command, CancellationToken cancellationToken) =>
        updater.ApplyAsync(command.ClinicId, command.PackageId, package =>
            package.EndFreeze(command.From, command.Reason, command.Actor, time.GetUtcNow()), cancellationToken);
}
