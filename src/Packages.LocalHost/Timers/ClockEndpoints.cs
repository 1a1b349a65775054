namespace Packages.LocalHost.Timers;

/// <summary>POST /local/clock/advance?days=N (1-400) moves the local host's clock forward; GET /local/clock reads it.</summary>
public static class ClockEndpoints
{
    public static void MapLocalClock(this WebApplication app)
    {
        app.MapGet("local/clock", (TimeProvider time) => Results.Ok(new { now = time.GetUtcNow() }));
        app.MapPost("local/clock/advance", (int? days, TimeProvider time) =>
        {
            if (time is not LocalClock clock)
            {
                return Results.Problem(statusCode: 409, title: "This host's clock is not the local clock.", detail: "A test or host configuration supplies its own TimeProvider.");
            }

            return days is >= 1 and <= LocalClock.MaxDaysPerAdvance
                ? Results.Ok(new { now = clock.Advance(TimeSpan.FromDays(days.Value)), advancedBy = clock.Offset })
                : Results.Problem(statusCode: 400, title: "Give days=1-400.", detail: "The clock moves forward only, by 1-400 days a call.");
        });
    }
}
