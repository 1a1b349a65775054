using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Packages.Functions.Composition;
using Packages.Functions.Middleware;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<UnexpectedErrorMiddleware>();
builder.UseMiddleware<HttpPipelineMiddleware>();
builder.Services.AddPackagesBackend(builder.Configuration);
builder.Build().Run();
