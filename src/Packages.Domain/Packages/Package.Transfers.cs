using Packages.Domain.Common;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

/// <summary>
/// Moving a package, or part of it, to another client of the clinic. Both are one-way and audited. A whole package
/// changes owner; its beneficiaries were the previous owner's to name, so they are removed. Part of a package: unused,
/// paid sessions move to a new package of the recipient, each keeping the value it had here (<see cref="SessionTransfer"/>).
/// Sessions already used stay here, attributed to whoever used them.
/// </summary>
public sealed partial class Package
{
    /// <summary>How many times sessions may move out of one package: keeps the document bounded.</summary>
    public const int MaxTransfersOut = 20;

    private readonly List<SessionTransfer> _transfersOut;

    public IReadOnlyList<SessionTransfer> TransfersOut => _transfersOut;

    /// <summary>For a package made of moved sessions: the package they came from.</summary>
    public string? TransferredFrom { get; }

    /// <summary>When the owner received the whole package by a transfer; null when they own it since the sale.</summary>
    public DateTimeOffset? OwnerSince { get; private set; }

    /// <summary>Gives the whole package to <paramref name="newOwnerId"/>. Returns false when they already own it.</summary>
    public Result<bool> TransferTo(string? newOwnerId, string? reason, Actor actor, DateTimeOffset now)
    {
        if (CheckTransfer(newOwnerId, reason) is { } invalid)
        {
            return invalid;
        }

        if (CheckNotMembershipPeriod() is { } period)
        {
            return period;
        }

        if (newOwnerId == ClientId)
        {
            return false;
        }

        // Past its last day it is over, even before the sweep marks it expired: nothing left to give.
        if ((CheckEnded() ?? (IsPastExpiry(now) ? PackageErrors.Expired(ExpiresOn!.Value) : null)) is { } ended)
        {
            return ended;
        }

        var previous = ClientId;
        var removed = _beneficiaries.ToArray();
        ClientId = newOwnerId!;
        OwnerSince = now;
        _beneficiaries.Clear();
        Record(new PackageEvent(now, actor.ToString(), PackageEventKind.OwnerChanged, previous) { ClientId = newOwnerId, Reason = reason });
        Raise(new PackageTransferred(previous, newOwnerId!, reason!, removed), now);
        return true;
    }

    /// <summary>
    /// Reserves <paramref name="sessions"/> unused, paid sessions for a new package <paramref name="toPackageId"/> of
    /// <paramref name="toClientId"/> (the first of the move's three writes). Repeating it returns the move already recorded.
    /// The last free sessions move, so this package's next session keeps its place.
    /// </summary>
    public Result<SessionTransfer> MoveSessions(string toPackageId, string? toClientId, int sessions, string? reason, Actor actor, DateTimeOffset now)
    {
        if (_transfersOut.FirstOrDefault(t => t.ToPackageId == toPackageId) is { } recorded)
        {
            return recorded;
        }

        var invalid = CheckNotMembershipPeriod() ?? CheckTransfer(toClientId, reason)
            ?? (sessions is >= 1 and <= Offers.PackageTerms.MaxSessions ? null : DomainError.Validation("sessions", $"Give 1-{Offers.PackageTerms.MaxSessions} sessions."));
        if (invalid is not null)
        {
            return invalid;
        }

        if (toClientId == ClientId)
        {
            return DomainError.Validation("toClientId", "The owner already has these sessions; name another client.");
        }

        var refusal = CheckEnded() ?? (IsPastExpiry(now) ? PackageErrors.Expired(ExpiresOn!.Value) : null)
            ?? (FreezeNotOver(now) is { } freeze ? PackageErrors.Frozen(freeze) : null) // moved sessions would escape the freeze
            ?? (IsFullyPaid ? null : PackageErrors.NotPaid(AmountDue.AmountMinor, AmountDue.Currency))
            ?? (sessions > SessionsRemaining ? PackageErrors.NotEnoughSessions(sessions, SessionsRemaining) : null)
            ?? (_transfersOut.Count >= MaxTransfersOut ? PackageErrors.TransferLimitReached(MaxTransfersOut) : null);
        if (refusal is not null)
        {
            return refusal;
        }

        var transfer = new SessionTransfer(toPackageId, toClientId!, LastFreeSlots(sessions), now, actor.ToString(), reason!);
        _transfersOut.Add(transfer);
        RecordMovedOut(transfer, reason!, now);
        return transfer;
    }

    /// <summary>The last <paramref name="count"/> free sessions: those a move takes, so the package's next session keeps its place.</summary>
    private int[] LastFreeSlots(int count)
    {
        var taken = TakenSlots();
        return [.. Enumerable.Range(0, Terms.Sessions).Where(s => !taken.Contains(s)).TakeLast(count)];
    }

    /// <summary>Audits and publishes a move recorded in <see cref="TransfersOut"/>; <paramref name="bookedAt"/>: when its liability change counts, if not now.</summary>
    private void RecordMovedOut(SessionTransfer transfer, string reason, DateTimeOffset now, DateTimeOffset? bookedAt = null)
    {
        var value = Terms.ValueOf(transfer.Slots);
        Record(new PackageEvent(now, transfer.By, PackageEventKind.SessionsTransferredOut, transfer.ToPackageId)
        {
            ClientId = transfer.ToClientId, Sessions = transfer.Slots.Count, Amount = value, Reason = reason,
        });
        Raise(new SessionsTransferredOut(transfer.ToPackageId, transfer.ToClientId, transfer.Slots.Count, value, reason), now, bookedAt);
    }

    /// <summary>Marks a move finished once its package exists (the move's third write). Returns whether it changed.</summary>
    public bool CompleteTransfer(string toPackageId)
    {
        var index = _transfersOut.FindIndex(t => t.ToPackageId == toPackageId);
        if (index < 0 || _transfersOut[index].Completed)
        {
            return false;
        }

        _transfersOut[index] = _transfersOut[index] with { Completed = true };
        return true;
    }

    /// <summary>
    /// The package a move creates (its second write), from the move's record and the source: the recipient owns it, its
    /// sessions carry their values from the source, it is paid by the move (a payment line no payment system can send:
    /// :' is not in their ids), and it expires when the source did as the move's caller read it. Only the first create
    /// under the id stands, so a repeated or resumed move never makes a second one.
    /// </summary>
    public static Package ReceiveSessions(Package source, SessionTransfer transfer)
    {
        if (source.Membership is { } membership && transfer.ToPackageId == membership.NextPeriodId)
        {
            return OpenNextPeriod(source, transfer); // a renewal: the next period of the membership
        }

        var terms = source.Terms.ForMovedSessions(transfer.Slots);
        var package = new Package(new PackageSnapshot(
            transfer.ToPackageId, source.ClinicId, transfer.ToClientId, source.OfferId, terms, source.TimeZoneId, transfer.At, source.ExpiresOn,
            PackageStatus.Active, PackageSource.Transferred, null,
            [new PaymentEntry($"transfer:{source.Id}", terms.Price, PaymentState.Applied, transfer.At)],
            [], [], 0, [], 0, Reminders: source.Reminders, TransferredFrom: source.Id));
        package.Record(new PackageEvent(transfer.At, transfer.By, PackageEventKind.SessionsTransferredIn, source.Id)
        {
            Sessions = terms.Sessions, Amount = terms.Price, Reason = transfer.Reason,
        });
        package.Raise(new SessionsTransferredIn(source.Id, terms.Sessions, terms.Price, package.ExpiresOn), transfer.At);
        return package;
    }

    private DomainError? CheckTransfer(string? clientId, string? reason) =>
        !Identifiers.IsValid(clientId) ? DomainError.Validation("toClientId", Identifiers.Message("the receiving client's id"))
        : !PackageErrors.IsValidReason(reason) ? PackageErrors.ReasonRequired()
        : null;
}
