using System.ComponentModel;

namespace Packages.Functions.Http.Contracts;

/// <summary>A freeze of the package: its days (0: ended before it began), the reason, who set it and when.</summary>
public sealed record FreezeResponse(
    DateOnly From,
    [property: Description("The last frozen day (the day before 'from' when ended before it began).")] DateOnly Until,
    int Days,
    string Reason,
    string By,
    DateTimeOffset At);
