using Cronos;
using Microsoft.Azure.Functions.Worker;
using Packages.LocalHost.Functions;

namespace Packages.LocalHost.Timers;

/// <summary>
/// Fires each timer function on its six-field CRON schedule (seconds first, as in Azure Functions),
/// in UTC. Turned off with LocalHost:RunTimersOnSchedule=false (the tests fire timers on request).
/// </summary>
public sealed partial class TimerScheduler(LocalTimers timers, IConfiguration configuration, ILogger<TimerScheduler> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("LocalHost:RunTimersOnSchedule", true))
        {
            return Task.CompletedTask;
        }

        return Task.WhenAll(timers.Functions.Select(f => RunOnScheduleAsync(f, stoppingToken)));
    }

    private async Task RunOnScheduleAsync(FunctionDescriptor function, CancellationToken stoppingToken)
    {
        var schedule = AppSettingExpressions.Resolve(((TimerTriggerAttribute)function.Trigger).Schedule, configuration);
        var cron = CronExpression.Parse(schedule, CronFormat.IncludeSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = cron.GetNextOccurrence(DateTimeOffset.UtcNow, TimeZoneInfo.Utc);
            if (next is null)
            {
                return;
            }

            await Task.Delay(next.Value - DateTimeOffset.UtcNow, stoppingToken);
            try
            {
                await timers.RunAsync(function, isPastDue: false, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogTimerFailed(e, function.Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer function {FunctionName} failed; it runs again at its next occurrence")]
    private partial void LogTimerFailed(Exception exception, string functionName);
}
