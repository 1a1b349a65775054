using Packages.Domain.Packages.Events;

namespace Packages.Domain.Liability;

/// <summary>
/// One currency's roll-forward for a month, in minor units: <see cref="Closing"/> = opening + paid + imported + transferred
/// + adjusted − recognized − breakage − refunded. Decreases are shown as positive amounts (a returned session makes
/// recognized smaller, a revived package makes breakage smaller); transferred and adjusted are signed.
/// </summary>
public sealed record LiabilityRow(
    string Currency,
    long Opening,
    long Paid = 0,
    long Recognized = 0,
    long Breakage = 0,
    long Refunded = 0,
    long Transferred = 0,
    long Imported = 0,
    long Adjusted = 0)
{
    public long Closing => checked(Opening + Paid + Imported + Transferred + Adjusted - Recognized - Breakage - Refunded);

    public bool IsEmpty => Opening == 0 && Paid == 0 && Recognized == 0 && Breakage == 0 && Refunded == 0 && Transferred == 0 && Imported == 0 && Adjusted == 0;

    /// <summary>The next month's row: it opens with this one's closing.</summary>
    public LiabilityRow CarriedForward() => new(Currency, Closing);

    public LiabilityRow With(LiabilityPart part)
    {
        var amount = part.Change.AmountMinor;
        return part.Category switch
        {
            LiabilityCategory.Paid => this with { Paid = checked(Paid + amount) },
            LiabilityCategory.Recognized => this with { Recognized = checked(Recognized - amount) },
            LiabilityCategory.Breakage => this with { Breakage = checked(Breakage - amount) },
            LiabilityCategory.Refunded => this with { Refunded = checked(Refunded - amount) },
            LiabilityCategory.Transferred => this with { Transferred = checked(Transferred + amount) },
            LiabilityCategory.Imported => this with { Imported = checked(Imported + amount) },
            _ => this with { Adjusted = checked(Adjusted + amount) },
        };
    }
}
