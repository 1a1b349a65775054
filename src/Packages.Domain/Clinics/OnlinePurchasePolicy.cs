using Packages.Domain.Common;

namespace Packages.Domain.Clinics;

/// <summary>
/// How a clinic's patients buy online: an unpaid purchase is held <see cref="HoldHours"/> hours, then cancelled; a
/// patient has at most <see cref="MaxUnpaidPerClient"/> unpaid purchases at once (an abuse limit).
/// </summary>
public sealed record OnlinePurchasePolicy(int HoldHours, int MaxUnpaidPerClient)
{
    public const int MaxHoldHours = 168;
    public const int MaxUnpaidLimit = 10;

    public static OnlinePurchasePolicy Default { get; } = new(24, 3);

    public TimeSpan Hold => TimeSpan.FromHours(HoldHours);

    public static Result<OnlinePurchasePolicy> Create(int? holdHours, int? maxUnpaidPerClient)
    {
        var errors = new FieldErrors()
            .Require(holdHours is null or >= 1 and <= MaxHoldHours, "onlinePurchases.holdHours", $"Give 1-{MaxHoldHours} hours.")
            .Require(maxUnpaidPerClient is null or >= 1 and <= MaxUnpaidLimit, "onlinePurchases.maxUnpaidPerClient", $"Give 1-{MaxUnpaidLimit} purchases.");
        return errors.Any ? errors.ToError() : new OnlinePurchasePolicy(holdHours ?? Default.HoldHours, maxUnpaidPerClient ?? Default.MaxUnpaidPerClient);
    }
}
