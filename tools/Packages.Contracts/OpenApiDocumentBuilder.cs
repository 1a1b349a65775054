using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Domain.Common;
using Packages.Functions.Diagnostics;
using Packages.Functions.Http;
using Packages.Functions.Http.Documentation;
using Packages.Functions.Security;

namespace Packages.Contracts;

/// <summary>
/// The OpenAPI 3.1 document of the HTTP functions: paths and methods from each [HttpTrigger], roles from
/// [RequiresClinicRole]/[PublicEndpoint], bodies, queries and problem codes from [ApiOperation]/[ApiQuery],
/// schemas from the records (<see cref="SchemaSet"/> with the API's JSON options), and what every route
/// shares (bearer auth, Idempotency-Key on POST, correlation id, the problems any route can answer).
/// </summary>
public static class OpenApiDocumentBuilder
{
    private const string ProblemJson = "application/problem+json";

    public static JsonObject Build()
    {
        var schemas = new SchemaSet(ApiJson.Options, "#/components/schemas/", everyPropertyRequired: false);
        var responses = new SchemaSet(ApiJson.Options, "#/components/schemas/", everyPropertyRequired: true);
        var paths = new JsonObject();
        foreach (var (route, verb, method) in Functions().OrderBy(f => f.Route, StringComparer.Ordinal).ThenBy(f => f.Verb, StringComparer.Ordinal))
        {
            var item = paths[route] as JsonObject ?? new JsonObject();
            paths[route] = item;
            item[verb] = Operation(route, verb, method, schemas, responses);
        }

        var components = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var set in new[] { schemas, responses })
        {
            foreach (var (name, schema) in set.Schemas)
            {
                if (components.TryGetValue(name, out var other) && !JsonNode.DeepEquals(other, schema))
                {
                    throw new InvalidOperationException($"Two different schemas are named {name}: rename one record.");
                }

                components[name] = schema.DeepClone();
            }
        }

        components["Problem"] = ProblemSchema();
        components["ProblemCode"] = new JsonObject
        {
            ["type"] = "string",
            ["description"] = "Stable problem codes (docs/problems.md). A client should switch on this, not on title or detail.",
            ["enum"] = new JsonArray([.. ProblemCatalog.All.Select(p => (JsonNode)p.Code)]),
        };

        return new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["info"] = new JsonObject
            {
                ["title"] = "PackagesFunctions API",
                ["version"] = "1.0.0",
                ["description"] = "Prepaid session packages for clinics. Every clinic route needs a bearer token whose clinic_roles claim " +
                    "names the clinic: clinicId:admin, clinicId:staff or clinicId:patient:clientId. Errors are RFC 9457 problem details " +
                    "with a stable code (docs/problems.md). Money is integer minor units with an ISO 4217 currency. " +
                    "Generated from the code by tools/Packages.Contracts; do not edit by hand.",
            },
            ["servers"] = new JsonArray(
                new JsonObject { ["url"] = "http://localhost:7071", ["description"] = "the local host (README)" },
                new JsonObject
                {
                    ["url"] = "https://{functionApp}.azurewebsites.net",
                    ["description"] = "the Function App in Azure",
                    ["variables"] = new JsonObject { ["functionApp"] = new JsonObject { ["default"] = "packages-func" } },
                }),
            ["tags"] = new JsonArray(
                Tag("Clinics", "A clinic's registration: its name and time zone."),
                Tag("Offers", "What a clinic sells: sessions, price, eligible services, caps, default expiry."),
                Tag("Packages", "Sold packages: their state, expiry, cancel, delete, history."),
                Tag("Redemptions", "Using sessions for appointments, receipts, reversals."),
                Tag("Imports", "Packages brought over from older tracking."),
                Tag("Service", "Health and this document.")),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "JWT" },
                },
                ["schemas"] = new JsonObject([.. components.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)c.Value))]),
            },
        };
    }

    private static IEnumerable<(string Route, string Verb, MethodInfo Method)> Functions() =>
        from type in typeof(ApiJson).Assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
        where method.GetCustomAttribute<FunctionAttribute>() is not null
        let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(t => t is not null)
        where trigger is not null
        from verb in trigger.Methods ?? []
        select ("/api/" + trigger.Route, verb.ToLowerInvariant(), method);

    private static JsonObject Operation(string route, string verb, MethodInfo method, SchemaSet schemas, SchemaSet responses)
    {
        var api = method.GetCustomAttribute<ApiOperationAttribute>()
            ?? throw new InvalidOperationException($"{method.DeclaringType!.Name} has no [ApiOperation]: the contract cannot describe it.");
        var roles = method.GetCustomAttribute<RequiresClinicRoleAttribute>()?.Roles;
        var isPublic = method.GetCustomAttribute<PublicEndpointAttribute>() is not null;
        var isPost = verb == "post";
        var parameters = new JsonArray();
        foreach (var name in RouteParameters(route))
        {
            parameters.Add(new JsonObject
            {
                ["name"] = name,
                ["in"] = "path",
                ["required"] = true,
                ["schema"] = new JsonObject { ["type"] = "string", ["pattern"] = Identifiers.RegularExpression },
            });
        }

        foreach (var query in method.GetCustomAttributes<ApiQueryAttribute>())
        {
            parameters.Add(QueryParameter(query, schemas));
        }

        if (isPost)
        {
            parameters.Add(new JsonObject
            {
                ["name"] = IdempotencyKey.HeaderName,
                ["in"] = "header",
                ["required"] = method.GetCustomAttribute<IdempotencyKeyRequiredAttribute>() is not null,
                ["description"] = "Scoped to the caller: the same key and body again returns the first response (Idempotent-Replayed: true); " +
                    "another body is refused (422 idempotency-key-reused); while the first request runs, 409 idempotency-request-in-progress with Retry-After.",
                ["schema"] = new JsonObject { ["type"] = "string", ["pattern"] = $"^[!-~]{{1,{IdempotencyKey.MaxLength}}}$", ["description"] = "visible ASCII" },
            });
        }

        var operation = new JsonObject
        {
            ["operationId"] = method.GetCustomAttribute<FunctionAttribute>()!.Name,
            ["tags"] = new JsonArray(api.Tag),
            ["summary"] = api.Summary,
            ["description"] = Description(api, roles, isPublic),
        };
        if (parameters.Count > 0)
        {
            operation["parameters"] = parameters;
        }

        if (api.Request is { } request)
        {
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schemas.SchemaOf(request) } },
            };
        }

        operation["responses"] = Responses(api, isPublic, isPost, route, responses, method.GetCustomAttributes<ApiQueryAttribute>().Any());
        operation["security"] = isPublic ? new JsonArray() : new JsonArray(new JsonObject { ["bearer"] = new JsonArray() });
        return operation;
    }

    private static JsonObject Responses(ApiOperationAttribute api, bool isPublic, bool isPost, string route, SchemaSet responses, bool hasQuery)
    {
        var success = new JsonObject { ["description"] = api.ResponseDescription, ["headers"] = Headers(api.Status == 201, isPost, retryAfter: false) };
        success["content"] = new JsonObject
        {
            ["application/json"] = new JsonObject { ["schema"] = api.Response is { } type ? responses.SchemaOf(type) : new JsonObject { ["type"] = "object" } },
        };
        if (api.AlsoAs is { } binary)
        {
            success["content"]![binary] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string", ["contentMediaType"] = binary } };
        }
        var result = new JsonObject { [api.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = success };
        if (api.Response?.Name == "HealthResponse")
        {
            result["503"] = new JsonObject
            {
                ["description"] = "unhealthy: the same body, saying which dependency failed",
                ["headers"] = Headers(false, false, retryAfter: false),
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = responses.SchemaOf(api.Response) } },
            };
            return result;
        }

        var takesInput = api.Request is not null || route.Contains('{', StringComparison.Ordinal) || hasQuery || !isPublic;
        var codes = takesInput ? new List<string> { ErrorCodes.ValidationFailed } : [];
        if (!isPublic)
        {
            codes.AddRange([ErrorCodes.Unauthenticated, ErrorCodes.Forbidden, ErrorCodes.AuthNotConfigured, ErrorCodes.ServiceUnavailable]);
            if (route.StartsWith("/api/clinics/{clinicId}/", StringComparison.Ordinal))
            {
                codes.Add(ErrorCodes.ClinicNotFound);
            }
        }

        if (isPost)
        {
            codes.AddRange([ErrorCodes.IdempotencyRequestInProgress, ErrorCodes.IdempotencyKeyReused]);
        }

        codes.AddRange(api.Problems);
        foreach (var group in codes.Distinct().GroupBy(ProblemCatalog.StatusOf).OrderBy(g => g.Key))
        {
            if (isPublic && group.Key != 400)
            {
                continue;
            }

            var retry = group.Key == 503 || group.Contains(ErrorCodes.IdempotencyRequestInProgress);
            result[group.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Problem(
                string.Join("; ", group.Select(c => $"`{c}`: {ProblemCatalog.MeaningOf(c)}")), retry);
        }

        if (!isPublic || api.Request is not null)
        {
            result["default"] = Problem($"`{ErrorCodes.InternalError}`: {ProblemCatalog.MeaningOf(ErrorCodes.InternalError)}", false);
        }

        return result;
    }

    private static JsonObject Problem(string description, bool retryAfter) => new()
    {
        ["description"] = description,
        ["headers"] = Headers(false, false, retryAfter),
        ["content"] = new JsonObject { [ProblemJson] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/Problem" } } },
    };

    private static JsonObject Headers(bool location, bool replayable, bool retryAfter)
    {
        var headers = new JsonObject
        {
            [CorrelationId.HeaderName] = Header("The caller's correlation id when it sent a valid one, else the request's trace id; also in the logs.", new JsonObject { ["type"] = "string" }),
        };
        if (location)
        {
            headers["Location"] = Header("The path of what was created.", new JsonObject { ["type"] = "string" });
        }

        if (replayable)
        {
            headers["Idempotent-Replayed"] = Header("true when this is the stored response of an earlier request with the same Idempotency-Key.", new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("true") });
        }

        if (retryAfter)
        {
            headers["Retry-After"] = Header("Seconds to wait before retrying.", new JsonObject { ["type"] = "integer", ["minimum"] = 1 });
        }

        return headers;
    }

    private static JsonObject Header(string description, JsonObject schema) => new() { ["description"] = description, ["schema"] = schema };

    private static JsonObject QueryParameter(ApiQueryAttribute query, SchemaSet schemas)
    {
        var schema = query.Type.IsEnum ? schemas.Ref(query.Type) : query.Type == typeof(int)
            ? new JsonObject { ["type"] = "integer", ["format"] = "int32" }
            : new JsonObject { ["type"] = "string" };
        if (query.Minimum != 0 || query.Maximum != 0)
        {
            schema["minimum"] = query.Minimum;
            schema["maximum"] = query.Maximum;
        }

        if (query.MaxLength != 0)
        {
            schema["maxLength"] = query.MaxLength;
        }

        if (query.Default != 0)
        {
            schema["default"] = query.Default;
        }

        return new JsonObject
        {
            ["name"] = query.Name,
            ["in"] = "query",
            ["required"] = query.Required,
            ["description"] = query.Description,
            ["schema"] = schema,
        };
    }

    private static string Description(ApiOperationAttribute api, IReadOnlyCollection<ClinicRole>? roles, bool isPublic)
    {
        var who = isPublic ? "Anonymous." : $"Roles in the clinic: {string.Join(", ", (roles ?? []).Select(r => r.ToString().ToLowerInvariant()))}" +
            (roles?.Contains(ClinicRole.Patient) == true ? " (a patient: only their own packages)." : ".");
        return api.Description is { } more ? $"{who} {more}" : who;
    }

    private static IEnumerable<string> RouteParameters(string route) =>
        route.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}'));

    private static JsonObject Tag(string name, string description) => new() { ["name"] = name, ["description"] = description };

    private static JsonObject ProblemSchema() => new()
    {
        ["type"] = "object",
        ["description"] = "RFC 9457 problem details, with the stable code and, for validation-failed, the offending fields.",
        ["required"] = new JsonArray("type", "title", "status", "code"),
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject { ["type"] = "string", ["description"] = "urn:packages:problem:{code}" },
            ["title"] = new JsonObject { ["type"] = "string" },
            ["status"] = new JsonObject { ["type"] = "integer", ["format"] = "int32" },
            ["detail"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["description"] = "What went wrong, for people.", ["x-ms-primary-error-message"] = true },
            ["instance"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["description"] = "The request path." },
            ["code"] = new JsonObject { ["$ref"] = "#/components/schemas/ProblemCode" },
            ["errors"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "validation-failed: each offending field (a JSON path) and its messages.",
                ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            },
        },
    };
}
