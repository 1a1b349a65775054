using Packages.Domain.Common;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

/// <summary>
/// Family sharing: the owner and up to the offer's <see cref="Offers.PackageTerms.MaxBeneficiaries"/> named clients may
/// use the package; nobody else. Staff name or remove a beneficiary with a reason; sessions a removed beneficiary used
/// stay attributed to them.
/// </summary>
public sealed partial class Package
{
    private readonly List<string> _beneficiaries;

    /// <summary>Clients besides the owner who may use the package, in the order they were added.</summary>
    public IReadOnlyList<string> Beneficiaries => _beneficiaries;

    /// <summary>Whether <paramref name="clientId"/> may use a session: the owner or a beneficiary.</summary>
    public bool MayBeUsedBy(string clientId) => clientId == ClientId || _beneficiaries.Contains(clientId, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="clientId"/> used a session of this package that is still in use.</summary>
    public bool WasUsedBy(string clientId) => _redemptions.Any(r => r.ClientId == clientId);

    /// <summary>Names a client to share the package. Returns false when they already may use it.</summary>
    public Result<bool> AddBeneficiary(string? clientId, string? reason, Actor actor, DateTimeOffset now)
    {
        if (CheckBeneficiaryChange(clientId, reason) is { } invalid)
        {
            return invalid;
        }

        if (MayBeUsedBy(clientId!))
        {
            return false;
        }

        if (_beneficiaries.Count >= Terms.MaxBeneficiaries)
        {
            return PackageErrors.BeneficiaryLimitReached(Terms.MaxBeneficiaries);
        }

        _beneficiaries.Add(clientId!);
        Record(new PackageEvent(now, actor.ToString(), PackageEventKind.BeneficiaryAdded, clientId) { ClientId = clientId, Reason = reason });
        Raise(new BeneficiaryAdded(clientId!, reason!, [.. _beneficiaries]), now);
        return true;
    }

    /// <summary>Stops a beneficiary using the package. Returns false when they were not one.</summary>
    public Result<bool> RemoveBeneficiary(string? clientId, string? reason, Actor actor, DateTimeOffset now)
    {
        if (CheckBeneficiaryChange(clientId, reason) is { } invalid)
        {
            return invalid;
        }

        if (!_beneficiaries.Remove(clientId!))
        {
            return false;
        }

        Record(new PackageEvent(now, actor.ToString(), PackageEventKind.BeneficiaryRemoved, clientId) { ClientId = clientId, Reason = reason });
        Raise(new BeneficiaryRemoved(clientId!, reason!, [.. _beneficiaries]), now);
        return true;
    }

    private DomainError? CheckBeneficiaryChange(string? clientId, string? reason) =>
        !Identifiers.IsValid(clientId) ? DomainError.Validation("clientId", Identifiers.Message("the client's id"))
        : !PackageErrors.IsValidReason(reason) ? PackageErrors.ReasonRequired()
        : clientId == ClientId ? DomainError.Validation("clientId", "The owner always uses the package; name another client.")
        : CheckOpen();

    /// <summary>Why <paramref name="clientId"/> may not use another session now; null when they may.</summary>
    private DomainError? CheckClient(string clientId) =>
        !MayBeUsedBy(clientId) ? PackageErrors.ClientNotBeneficiary(clientId)
        : Terms.SessionsPerClient is { } cap && _redemptions.Count(r => r.ClientId == clientId) >= cap ? PackageErrors.ClientLimitReached(clientId, cap)
        : null;
}
