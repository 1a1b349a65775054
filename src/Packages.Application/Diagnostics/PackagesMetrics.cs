using System.Diagnostics.Metrics;

namespace Packages.Application.Diagnostics;

/// <summary>
/// The business metrics, on one Meter ("PackagesFunctions") that the hosts export (OpenTelemetry →
/// Application Insights in Azure). Tags are low-cardinality: never clinic, client or package ids.
/// </summary>
public sealed class PackagesMetrics : IDisposable
{
    public const string MeterName = "PackagesFunctions";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _redemptions;
    private readonly Counter<long> _payments;
    private readonly Counter<long> _deadLetters;
    private readonly Counter<long> _expired;
    private readonly Histogram<double> _sweepDuration;
    private readonly Counter<long> _skipped;
    private readonly Counter<long> _redelivered;
    private readonly Counter<long> _outboxFull;

    public PackagesMetrics()
    {
        _redemptions = _meter.CreateCounter<long>("packages.redemptions", "{session}", "Sessions redeemed.");
        _payments = _meter.CreateCounter<long>("packages.payments", "{payment}", "Payment messages that changed a package, by kind.");
        _deadLetters = _meter.CreateCounter<long>("packages.dead_letters", "{message}", "Messages dead-lettered, by reason.");
        _expired = _meter.CreateCounter<long>("packages.expired", "{package}", "Packages marked expired by the sweep.");
        _skipped = _meter.CreateCounter<long>("packages.timer.skipped", "{item}",
            "Documents or clinics a timer could not process and left for the next run, by timer; each is logged.");
        _redelivered = _meter.CreateCounter<long>("packages.redelivered", "{message}",
            "Messages abandoned for redelivery after a transient refusal, by reason.");
        _outboxFull = _meter.CreateCounter<long>("packages.outbox.full", "{command}",
            "Commands refused because the package's outbox is full (events not published); alert on any.");
        _sweepDuration = _meter.CreateHistogram<double>("packages.sweep.duration", "ms", "Duration of one expiry sweep.");
    }

    /// <summary>This instance's meter, for listeners that must tell it from other instances (tests).</summary>
    public Meter Meter => _meter;

    public void Redeemed(string serviceType) => _redemptions.Add(1, new KeyValuePair<string, object?>("service_type", serviceType));

    public void PaymentRecorded(string kind) => _payments.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Redelivered(string reason) => _redelivered.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void OutboxFull() => _outboxFull.Add(1);

    public void DeadLettered(string reason) => _deadLetters.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void SweepCompleted(int expired, TimeSpan duration)
    {
        _expired.Add(expired);
        _sweepDuration.Record(duration.TotalMilliseconds);
    }

    public void Skipped(string timer) => _skipped.Add(1, new KeyValuePair<string, object?>("timer", timer));

    public void Dispose() => _meter.Dispose();
}
