namespace Packages.LocalHost.Timers;

/// <summary>POST /local/timers/{name} runs a timer function now, as "Run" does in the Azure portal.</summary>
public static class TimerEndpoints
{
    public static void MapLocalTimers(this WebApplication app) =>
        app.MapPost("local/timers/{name}", async (string name, LocalTimers timers, CancellationToken cancellationToken) =>
        {
            if (timers.Find(name) is not { } function)
            {
                return Results.Problem(statusCode: 404, title: "No such timer function.", detail: $"Timer '{name}'.");
            }

            await timers.RunAsync(function, isPastDue: false, cancellationToken);
            return Results.Ok(new { function = function.Name, ranAt = DateTimeOffset.UtcNow });
        });
}
