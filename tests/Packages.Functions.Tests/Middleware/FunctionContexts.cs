using System.Collections;
using System.Collections.Immutable;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Moq;

namespace Packages.Functions.Tests.Middleware;

/// <summary>
/// A FunctionContext as the worker builds it: the trigger binding in the definition, the HttpContext in Items
/// (ASP.NET Core integration), and the worker's bindings feature holding the invocation result, which the
/// integration executes on the response after the middleware returns.
/// </summary>
internal static class FunctionContexts
{
    public static (FunctionContext Context, DefaultHttpContext Http) ForHttp(string entryPoint, string? clinicId, string? authorization = null)
    {
        var http = new DefaultHttpContext();
        http.Response.Body = new MemoryStream();
        http.Request.Method = "GET";
        http.Request.Path = "/api/clinics/" + clinicId;
        if (authorization is not null)
        {
            http.Request.Headers.Authorization = authorization;
        }

        var bindingData = new Dictionary<string, object?>();
        if (clinicId is not null)
        {
            bindingData["clinicId"] = clinicId;
        }

        return (Build(entryPoint, "httpTrigger", new Dictionary<object, object> { ["HttpRequestContext"] = http }, bindingData), http);
    }

    /// <summary>An HTTP-triggered invocation that arrives without the HttpContext (integration missing or broken).</summary>
    public static FunctionContext ForHttpWithoutContext(string entryPoint) =>
        Build(entryPoint, "httpTrigger", new Dictionary<object, object>(), new Dictionary<string, object?> { ["clinicId"] = "maple-physio" });

    public static FunctionContext ForMessage(string entryPoint) =>
        Build(entryPoint, "serviceBusTrigger", new Dictionary<object, object>(), new Dictionary<string, object?>());

    public static FunctionContext ForTimer(string entryPoint) =>
        Build(entryPoint, "timerTrigger", new Dictionary<object, object>(), new Dictionary<string, object?>());

    public static string BodyOf(DefaultHttpContext http)
    {
        http.Response.Body.Position = 0;
        return new StreamReader(http.Response.Body).ReadToEnd();
    }

    private static FunctionContext Build(
        string entryPoint, string triggerType, IDictionary<object, object> items, IReadOnlyDictionary<string, object?> bindingData)
    {
        var trigger = new Mock<BindingMetadata>();
        trigger.SetupGet(b => b.Name).Returns("trigger");
        trigger.SetupGet(b => b.Type).Returns(triggerType);
        trigger.SetupGet(b => b.Direction).Returns(BindingDirection.In);
        var definition = new Mock<FunctionDefinition>();
        definition.SetupGet(d => d.EntryPoint).Returns(entryPoint);
        definition.SetupGet(d => d.Name).Returns(entryPoint.Split('.')[^2]);
        definition.SetupGet(d => d.InputBindings).Returns(ImmutableDictionary<string, BindingMetadata>.Empty.Add("trigger", trigger.Object));
        var binding = new Mock<BindingContext>();
        binding.SetupGet(b => b.BindingData).Returns(bindingData);
        var context = new Mock<FunctionContext>();
        context.SetupGet(c => c.Items).Returns(items);
        context.SetupGet(c => c.BindingContext).Returns(binding.Object);
        context.SetupGet(c => c.FunctionDefinition).Returns(definition.Object);
        context.SetupGet(c => c.InvocationId).Returns("invocation-1");
        context.SetupGet(c => c.Features).Returns(new Features(WorkerBindingsFeature()));
        context.SetupProperty(c => c.InstanceServices);
        return context.Object;
    }

    /// <summary>The worker's own IFunctionBindingsFeature (internal to Worker.Core, visible to Moq's proxies), holding the invocation result.</summary>
    private static (Type Type, object Instance) WorkerBindingsFeature()
    {
        var type = typeof(FunctionContext).Assembly.GetType("Microsoft.Azure.Functions.Worker.Context.Features.IFunctionBindingsFeature", throwOnError: true)!;
        var mock = (Mock)Activator.CreateInstance(typeof(Mock<>).MakeGenericType(type))!;
        mock.GetType().GetMethod(nameof(Mock<object>.SetupAllProperties))!.Invoke(mock, null);
        return (type, mock.Object);
    }

    private sealed class Features((Type Type, object Instance) bindings) : IInvocationFeatures
    {
        private readonly Dictionary<Type, object> _features = new() { [bindings.Type] = bindings.Instance };

        public T? Get<T>() => _features.TryGetValue(typeof(T), out var feature) ? (T)feature : default;

        public void Set<T>(T instance) => _features[typeof(T)] = instance!;

        public IEnumerator<KeyValuePair<Type, object>> GetEnumerator() => _features.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
