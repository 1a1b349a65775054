using Packages.Application.Common;
using Microsoft.Extensions.Logging;
using Packages.Application.Diagnostics;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

/// <summary>An appointment of <paramref name="ClientId"/> (the owner or a beneficiary of the package that pays for it).</summary>
public sealed record AppointmentRequest(
    string ClinicId, string AppointmentId, string ClientId, string ServiceType, Actor Actor, string? Practitioner = null, string? ServiceCode = null);

/// <summary>A receipt, and whether this request used the session (false for an idempotent repeat).</summary>
internal sealed record Redeemed(Receipt Receipt, bool IsNew);

/// <summary>
/// One session per appointment across every package of the clinic, by construction rather than by timing.
/// Before a package is written, the appointment's claim (<see cref="IAppointmentClaims"/>) is created naming
/// it; a second request for the appointment finds the claim and follows it to the same package (which
/// redeems idempotently by appointment id), so two packages can never both be charged.
/// A claim whose package cannot serve the appointment (a crash between the two writes, or the package
/// changed) is released before the appointment may go elsewhere: the release raises the package's claim
/// fence in the package's own conditional write, and a package is only written under a claim whose fence
/// matches. So a request still holding a released claim either loses the package's ETag race or sees the
/// new fence; it can never charge the old package after the appointment moved on.
/// </summary>
public sealed partial class AppointmentRedemption(
    IPackageStore packages,
    IAppointmentClaims claims,
    PackageWriter writer,
    TimeProvider time,
    PackagesMetrics metrics,
    ILogger<AppointmentRedemption> logger)
{
    /// <summary>The receipt of the appointment's session; a session newly used is counted in the metrics.</summary>
    public async Task<Result<Receipt>> RedeemAsync(AppointmentRequest request, IRedemptionTarget target, CancellationToken cancellationToken)
    {
        var held = new HeldClaim();
        var outcome = await ConflictRetry.RunAsync<Redeemed>(async attempt =>
        {
            var result = await AttemptAsync(request, target, held, cancellationToken);
            if (result is null)
            {
                LogRetry(request.AppointmentId, attempt);
            }

            return result;
        }, cancellationToken);
        if (outcome is { IsSuccess: true, Value.IsNew: true })
        {
            metrics.Redeemed(request.ServiceType);
        }

        return outcome.Map(r => r.Receipt);
    }

    /// <summary>One pass: choose, claim, redeem. Null when something changed underneath and the pass must start again.</summary>
    private async Task<Result<Redeemed>?> AttemptAsync(
        AppointmentRequest request, IRedemptionTarget target, HeldClaim held, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var choice = await target.ChooseAsync(now, cancellationToken);
        if (choice.Existing is { } existing)
        {
            return new Redeemed(existing, false);
        }

        if (choice.Package is not { } chosen)
        {
            return choice.Refusal!;
        }

        // A claim this request already holds on the chosen package is used again without a request: if it was
        // released meanwhile, the package's fence has moved and the fence check below starts over.
        var claim = held.Claim?.Value.PackageId == chosen.Value.Id ? held.Claim : await ClaimAsync(request, chosen.Value, cancellationToken);
        held.Claim = claim;
        if (claim is null)
        {
            return null;
        }

        var claimed = claim.Value.PackageId == chosen.Value.Id
            ? chosen
            : await packages.FindAsync(request.ClinicId, claim.Value.PackageId, cancellationToken);
        if (claimed is null)
        {
            // Packages are never removed, so this claim was made by hand or for another store: drop it.
            await claims.TryDeleteAsync(request.ClinicId, request.AppointmentId, claim.ETag, cancellationToken);
            return null;
        }

        var package = claimed.Value;
        if (package.RedemptionFor(request.AppointmentId) is { } done)
        {
            return target.AlreadyRedeemed(package, package.ReceiptFor(done)).Map(receipt => new Redeemed(receipt, false));
        }

        var honoured = ReferenceEquals(claimed, chosen) || target.MayHonour(package);
        if (!honoured || package.CheckRedemption(request.ClientId, request.ServiceType, now) is not null)
        {
            await ReleaseAsync(request, claimed, claim, held, cancellationToken);
            return null;
        }

        if (package.ClaimFence != claim.Value.Fence)
        {
            var confirmed = claim.Value with { Fence = package.ClaimFence };
            held.Claim = await claims.TryReplaceAsync(confirmed, claim.ETag, cancellationToken) is { } etag ? new(confirmed, etag) : null;
            if (held.Claim is null)
            {
                return null;
            }
        }

        // Stamped when decided on this state, not when the pass began: the audit trail keeps the order of the writes.
        var receipt = package.Redeem(request.AppointmentId, request.ClientId, request.ServiceType, request.Actor, time.GetUtcNow(), request.Practitioner, request.ServiceCode);
        if (!receipt.IsSuccess)
        {
            return receipt.Error!;
        }

        if (!await writer.ReplaceAsync(package, claimed.ETag, cancellationToken))
        {
            return null;
        }

        return new Redeemed(receipt.Value, true);
    }

    /// <summary>Creates the appointment's claim on <paramref name="chosen"/>, or reads the claim it already has.</summary>
    private async Task<Versioned<AppointmentClaim>?> ClaimAsync(AppointmentRequest request, Package chosen, CancellationToken cancellationToken)
    {
        var claim = new AppointmentClaim(request.ClinicId, request.AppointmentId, chosen.Id, chosen.ClaimFence);
        return await claims.TryCreateAsync(claim, cancellationToken) is { } etag
            ? new Versioned<AppointmentClaim>(claim, etag)
            : await claims.FindAsync(request.ClinicId, request.AppointmentId, cancellationToken);
    }

    /// <summary>Fences the claimed package first (its own conditional write), then removes the claim.</summary>
    private async Task ReleaseAsync(
        AppointmentRequest request, Versioned<Package> claimed, Versioned<AppointmentClaim> claim, HeldClaim held, CancellationToken cancellationToken)
    {
        held.Claim = null;
        if (claimed.Value.ReleaseClaims(request.AppointmentId) && await writer.ReplaceAsync(claimed.Value, claimed.ETag, cancellationToken))
        {
            await claims.TryDeleteAsync(request.ClinicId, request.AppointmentId, claim.ETag, cancellationToken);
            LogReleased(request.AppointmentId, claimed.Value.Id);
        }
    }

    /// <summary>The claim this request created or read, kept across its attempts.</summary>
    private sealed class HeldClaim
    {
        public Versioned<AppointmentClaim>? Claim { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Redeeming appointment {AppointmentId} again after a concurrent change (attempt {Attempt})")]
    private partial void LogRetry(string appointmentId, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Appointment {AppointmentId} released its unfulfilled claim on package {PackageId}")]
    private partial void LogReleased(string appointmentId, string packageId);
}
