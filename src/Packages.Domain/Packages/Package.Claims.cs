namespace Packages.Domain.Packages;

public sealed partial class Package
{
    /// <summary>
    /// Fences appointment claims that point at this package. An appointment is charged to one package
    /// only: a separate claim record names that package (see the application's AppointmentRedemption), and
    /// a claim is honoured here only while its fence equals this one. Releasing a claim raises the fence in
    /// this package's own conditional write, so a writer still holding the released claim can never redeem
    /// here afterwards: its write either loses the ETag race or sees the new fence.
    /// </summary>
    public int ClaimFence { get; private set; }

    /// <summary>
    /// Invalidates every claim issued before now on this package, so an unfulfilled claim can be moved to
    /// another package. Refused (false) when the appointment already used a session here: that claim is fulfilled.
    /// </summary>
    public bool ReleaseClaims(string appointmentId)
    {
        if (RedemptionFor(appointmentId) is not null)
        {
            return false;
        }

        ClaimFence++;
        return true;
    }
}
