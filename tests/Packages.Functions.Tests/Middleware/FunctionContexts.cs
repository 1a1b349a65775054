using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Moq;

namespace Packages.Functions.Tests.Middleware;

/// <summary>A FunctionContext as the worker builds it for an HTTP invocation under ASP.NET Core integration.</summary>
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

        return (Build(entryPoint, new Dictionary<object, object> { ["HttpRequestContext"] = http }, bindingData), http);
    }

    public static FunctionContext ForMessage(string entryPoint) => Build(entryPoint, new Dictionary<object, object>(), new Dictionary<string, object?>());

    public static string BodyOf(DefaultHttpContext http)
    {
        http.Response.Body.Position = 0;
        return new StreamReader(http.Response.Body).ReadToEnd();
    }

    private static FunctionContext Build(string entryPoint, IDictionary<object, object> items, IReadOnlyDictionary<string, object?> bindingData)
    {
        var definition = new Mock<FunctionDefinition>();
        definition.SetupGet(d => d.EntryPoint).Returns(entryPoint);
        definition.SetupGet(d => d.Name).Returns(entryPoint.Split('.')[^2]);
        var binding = new Mock<BindingContext>();
        binding.SetupGet(b => b.BindingData).Returns(bindingData);
        var context = new Mock<FunctionContext>();
        context.SetupGet(c => c.Items).Returns(items);
        context.SetupGet(c => c.BindingContext).Returns(binding.Object);
        context.SetupGet(c => c.FunctionDefinition).Returns(definition.Object);
        context.SetupGet(c => c.InvocationId).Returns("invocation-1");
        return context.Object;
    }
}
