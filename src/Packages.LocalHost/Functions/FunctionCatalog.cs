using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Packages.LocalHost.Functions;

/// <summary>Every function in an assembly, found by its [Function] attribute as the Functions SDK finds it.</summary>
public sealed class FunctionCatalog(IReadOnlyList<FunctionDescriptor> functions)
{
    public IReadOnlyList<FunctionDescriptor> Functions { get; } = functions;

    public IEnumerable<FunctionDescriptor> OfKind(FunctionKind kind) => Functions.Where(f => f.Kind == kind);

    public static FunctionCatalog From(Assembly assembly)
    {
        var functions =
            from type in assembly.GetTypes()
            from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            let function = method.GetCustomAttribute<FunctionAttribute>()
            where function is not null
            let trigger = method.GetParameters().Select(TriggerOf).Single(t => t is not null)!
            select new FunctionDescriptor(function.Name, KindOf(trigger), type, method, trigger);
        return new FunctionCatalog([.. functions]);
    }

    private static Attribute? TriggerOf(ParameterInfo parameter) =>
        parameter.GetCustomAttributes().FirstOrDefault(a =>
            a is HttpTriggerAttribute or ServiceBusTriggerAttribute or TimerTriggerAttribute);

    private static FunctionKind KindOf(Attribute trigger) => trigger switch
    {
        HttpTriggerAttribute => FunctionKind.Http,
        ServiceBusTriggerAttribute => FunctionKind.ServiceBus,
        TimerTriggerAttribute => FunctionKind.Timer,
        _ => throw new NotSupportedException($"Trigger {trigger.GetType().Name} is not supported by the local host."),
    };
}
