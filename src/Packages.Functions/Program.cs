using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Packages.Application.Diagnostics;
using Packages.Functions.Composition;
using Packages.Functions.Middleware;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UsePackagesMiddleware();
builder.Services.AddPackagesBackend(builder.Configuration);

// Traces, logs and the business metrics go to Application Insights through OpenTelemetry
// (host.json: telemetryMode = OpenTelemetry), sent with the app's identity (local auth is off).
var telemetry = builder.Services.AddOpenTelemetry()
    .UseFunctionsWorkerDefaults()
    .WithMetrics(metrics => metrics.AddMeter(PackagesMetrics.MeterName))
    .WithTracing(tracing => tracing.AddSource("Azure.Cosmos.Operation", "Azure.Messaging.ServiceBus.*"));
if (AppSettings.HasApplicationInsights(builder.Configuration))
{
    telemetry.UseAzureMonitorExporter(options => options.Credential = new DefaultAzureCredential());
}

var app = builder.Build();
// ValidateOnStart runs in IHost.StartAsync; resolving the options here as well stops the worker before it
// registers any function even if the worker's start sequence skipped it (dotnet/runtime#96034 reports so).
_ = app.Services.GetRequiredService<IOptions<StartupSettings>>().Value;
app.Run();
