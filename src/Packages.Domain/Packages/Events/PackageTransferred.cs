namespace Packages.Domain.Packages.Events;

/// <summary>
/// package-transferred: the whole package now belongs to <see cref="ToClientId"/>. The beneficiaries the previous owner
/// named (<see cref="BeneficiariesRemoved"/>) no longer use it. No money moves: payments stay as they were.
/// </summary>
public sealed record PackageTransferred(string FromClientId, string ToClientId, string Reason, IReadOnlyList<string> BeneficiariesRemoved) : PackageEventData;
