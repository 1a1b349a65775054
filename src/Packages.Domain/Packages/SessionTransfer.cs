namespace Packages.Domain.Packages;

/// <summary>
/// Unused sessions moved out of a package to a new package (<see cref="ToPackageId"/>) owned by <see cref="ToClientId"/>.
/// The move is three writes: this record, stored with the source's change, reserves the <see cref="Slots"/> (so they can
/// be used neither here nor twice); the new package is then created from it; then <see cref="Completed"/> is set. Until then
/// the move is pending, and repeating it (or the transfer timer) finishes it from this record alone.
/// </summary>
public sealed record SessionTransfer(
    string ToPackageId,
    string ToClientId,
    IReadOnlyList<int> Slots,
    DateTimeOffset At,
    string By,
    string Reason,
    bool Completed = false);
