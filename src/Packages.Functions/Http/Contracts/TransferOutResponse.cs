namespace Packages.Functions.Http.Contracts;

/// <summary>
/// Sessions moved out of the package to <see cref="ToPackageId"/>. <see cref="Completed"/> is false only while a move is
/// unfinished: its sessions are reserved, and repeating the request or the transfer timer finishes it.
/// </summary>
public sealed record TransferOutResponse(string ToPackageId, string ToClientId, int Sessions, MoneyDto Value, DateTimeOffset At, bool Completed);
