using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Packages.LocalHost.Functions;

/// <summary>
/// Calls a function method the way the worker does: a new instance per invocation from a DI scope
/// (constructor injection), parameters bound by type or, for route values, by name.
/// </summary>
public sealed class FunctionInvoker(IServiceScopeFactory scopes)
{
    public async Task<object?> InvokeAsync(
        FunctionDescriptor function,
        IReadOnlyDictionary<Type, object> byType,
        IReadOnlyDictionary<string, string?> byName)
    {
        await using var scope = scopes.CreateAsyncScope();
        var instance = ActivatorUtilities.CreateInstance(scope.ServiceProvider, function.Class);
        var arguments = function.Method.GetParameters().Select(p => Bind(p, byType, byName)).ToArray();
        try
        {
            var returned = function.Method.Invoke(instance, arguments);
            if (returned is not Task task)
            {
                return returned;
            }

            await task;
            return task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    private static object? Bind(ParameterInfo parameter, IReadOnlyDictionary<Type, object> byType, IReadOnlyDictionary<string, string?> byName)
    {
        if (byType.FirstOrDefault(p => parameter.ParameterType.IsAssignableFrom(p.Key)) is { Value: { } value })
        {
            return value;
        }

        if (parameter.ParameterType == typeof(string) && byName.TryGetValue(parameter.Name!, out var text))
        {
            return text;
        }

        throw new InvalidOperationException(
            $"The local host cannot bind parameter '{parameter.Name}' of {parameter.Member.DeclaringType!.Name}.{parameter.Member.Name}.");
    }
}
