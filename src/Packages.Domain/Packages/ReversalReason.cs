namespace Packages.Domain.Packages;

public enum ReversalReason
{
    /// <summary>Cancelled within the notice window: the session is always given back.</summary>
    Cancelled,

    /// <summary>Cancelled inside the notice window: the offer's late-cancel policy decides.</summary>
    LateCancel,

    /// <summary>The client did not come: the offer's late-cancel policy decides.</summary>
    NoShow,
}
