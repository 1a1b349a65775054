namespace Packages.Domain.Packages.Events;

/// <summary>beneficiary-removed: <see cref="ClientId"/> may no longer use the package (sessions they used stay theirs).</summary>
public sealed record BeneficiaryRemoved(string ClientId, string Reason, IReadOnlyList<string> Beneficiaries) : PackageEventData;
