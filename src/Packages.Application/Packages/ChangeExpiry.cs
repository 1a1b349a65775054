using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record ChangeExpiryCommand(string ClinicId, string PackageId, DateOnly? ExpiresOn, string? Reason, Actor Actor);

/// <summary>Sets or clears (null = never) one package's last day of use, with a reason.</summary>
public sealed class ChangeExpiry(PackageUpdater updater, TimeProvider time)
{
    public Task<Result<Package>> ExecuteAsync(ChangeExpiryCommand command, CancellationToken cancellationToken) =>
        updater.ApplyAsync(command.ClinicId, command.PackageId, package =>
            package.ChangeExpiry(command.ExpiresOn, command.Reason, command.Actor, time.GetUtcNow()), cancellationToken);
}
