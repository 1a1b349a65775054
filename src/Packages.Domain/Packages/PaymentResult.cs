namespace Packages.Domain.Packages;

/// <summary>What one payment message did: whether state changed, and whether redeemability flipped.</summary>
public sealed record PaymentResult(bool Changed, bool WasRedeemable, bool IsRedeemable)
{
    public bool Unlocked => !WasRedeemable && IsRedeemable;

    public bool Locked => WasRedeemable && !IsRedeemable;
}
