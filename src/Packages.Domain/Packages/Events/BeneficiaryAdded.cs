namespace Packages.Domain.Packages.Events;

/// <summary>beneficiary-added: <see cref="ClientId"/> may now use the package; <see cref="Beneficiaries"/> is the whole list after the change.</summary>
public sealed record BeneficiaryAdded(string ClientId, string Reason, IReadOnlyList<string> Beneficiaries) : PackageEventData;
