using Microsoft.Azure.Functions.Worker;
using Packages.LocalHost.Functions;

namespace Packages.LocalHost.Timers;

/// <summary>Runs timer functions by name, on request or from the scheduler.</summary>
public sealed class LocalTimers(FunctionCatalog catalog, FunctionInvoker invoker)
{
    public IEnumerable<FunctionDescriptor> Functions => catalog.OfKind(FunctionKind.Timer);

    public FunctionDescriptor? Find(string name) =>
        Functions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    public Task RunAsync(FunctionDescriptor function, bool isPastDue, CancellationToken cancellationToken) =>
        invoker.InvokeAsync(function,
            new Dictionary<Type, object>
            {
                [typeof(TimerInfo)] = new TimerInfo { IsPastDue = isPastDue },
                [typeof(CancellationToken)] = cancellationToken,
            },
            new Dictionary<string, string?>());
}
