using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Packages.Functions.Http.Documentation;

namespace Packages.Contracts;

/// <summary>
/// JSON Schemas of records as one wire format writes them (its <see cref="JsonSerializerOptions"/>), via
/// <see cref="JsonSchemaExporter"/>: every record and enum of ours becomes one named schema referenced wherever
/// it is used (no duplicate inline copies), nullable values say so with "null", and the DataAnnotations on a
/// property (MaxLength, MinLength, Range, RegularExpression, Description, DefaultValue, Required, AllowedValues)
/// become the matching keywords. With <paramref name="everyPropertyRequired"/> (what the service writes), every
/// property is required: it is always present, null where its type allows.
/// </summary>
public sealed class SchemaSet(JsonSerializerOptions options, string refPrefix, bool everyPropertyRequired)
{
    private static readonly NullabilityInfoContext Nullability = new();
    private readonly SortedDictionary<string, JsonNode> _schemas = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _names = [];

    public IReadOnlyDictionary<string, JsonNode> Schemas => _schemas;

    /// <summary>A reference to the named schema of <paramref name="type"/>, generated on first use.</summary>
    public JsonObject Ref(Type type) => new() { ["$ref"] = refPrefix + Name(type) };

    /// <summary>The schema of a value of <paramref name="type"/>: a reference, or inline for strings, numbers, arrays.</summary>
    public JsonNode SchemaOf(Type type) =>
        IsNamed(type) ? Ref(type) : JsonSchemaExporter.GetJsonSchemaAsNode(options, type, Exporter());

    /// <summary>Adds a schema written by hand (the problem document) under its name.</summary>
    public void Add(string name, JsonNode schema) => _schemas[name] = schema;

    public static string NameOf(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition().Name.StartsWith("PageResponse", StringComparison.Ordinal))
        {
            return NameOf(type.GetGenericArguments()[0]) + "Page";
        }

        var name = type.Name;
        foreach (var suffix in new[] { "Response", "Dto" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    private string Name(Type type)
    {
        type = System.Nullable.GetUnderlyingType(type) ?? type;
        if (_names.TryGetValue(type, out var known))
        {
            return known;
        }

        var name = NameOf(type);
        if (!everyPropertyRequired && !type.IsEnum && !name.EndsWith("Request", StringComparison.Ordinal) && type.Name.EndsWith("Request", StringComparison.Ordinal))
        {
            name += "Request";
        }

        _names[type] = name;
        _schemas[name] = new JsonObject(); // reserved: a record that refers to itself finds its name
        _schemas[name] = type.IsEnum ? EnumSchema(type) : JsonSchemaExporter.GetJsonSchemaAsNode(options, type, Exporter());
        return name;
    }

    private JsonSchemaExporterOptions Exporter() => new()
    {
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = (context, node) =>
        {
            var property = context.PropertyInfo?.AttributeProvider;
            if (property?.GetCustomAttributes(typeof(DocumentedAsAttribute), false).FirstOrDefault() is DocumentedAsAttribute documented)
            {
                node = SchemaOf(documented.Type);
            }
            else if ((context.Path.Length > 0 || context.PropertyInfo is not null) && IsNamed(context.TypeInfo.Type))
            {
                node = IsNullable(node, context.TypeInfo.Type) ? OrNull(Ref(context.TypeInfo.Type)) : Ref(context.TypeInfo.Type);
            }
            else if (context.TypeInfo.Type.IsEnum)
            {
                node = EnumSchema(context.TypeInfo.Type);
            }

            if (node is JsonObject schema)
            {
                Describe(schema, context.TypeInfo.Type, property);
                if (context.TypeInfo.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object && schema["properties"] is JsonObject properties)
                {
                    Require(schema, context.TypeInfo, properties);
                }
            }

            return node;
        },
    };

    private void Require(JsonObject schema, System.Text.Json.Serialization.Metadata.JsonTypeInfo type, JsonObject properties)
    {
        var required = everyPropertyRequired
            ? properties.Select(p => p.Key).ToList()
            : type.Properties.Where(p => p.IsRequired || p.AttributeProvider?.IsDefined(typeof(RequiredAttribute), false) == true).Select(p => p.Name).ToList();
        // What the code declares never null is never null on the wire, whatever the exporter could infer (a struct's
        // properties carry no nullability it reads).
        foreach (var property in type.Properties.Where(p => p.AttributeProvider is PropertyInfo clr
            && Nullability.Create(clr).ReadState == NullabilityState.NotNull && properties[p.Name] is not null))
        {
            properties[property.Name] = WithoutNull(properties[property.Name]!);
        }

        schema.Remove("required");
        if (required.Count > 0)
        {
            schema["required"] = new JsonArray([.. required.Select(r => (JsonNode)r)]);
        }

        if (!everyPropertyRequired)
        {
            // What a caller sends: a required field may not be null unless it says so ([NullAllowed]: "null means never");
            // the records are nullable only so a missing field is reported by name.
            foreach (var property in type.Properties.Where(p => required.Contains(p.Name)
                && p.AttributeProvider?.IsDefined(typeof(NullAllowedAttribute), false) != true))
            {
                properties[property.Name] = WithoutNull(properties[property.Name]!);
            }

            if (options.UnmappedMemberHandling == System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)
            {
                schema["additionalProperties"] = false;
            }
        }
        else
        {
            // What the service writes may gain fields; clients ignore the ones they do not know.
            schema.Remove("additionalProperties");
        }
    }

    private static void Describe(JsonObject schema, Type type, ICustomAttributeProvider? property)
    {
        var underlying = System.Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(long) && schema["$ref"] is null)
        {
            schema["format"] = "int64";
        }
        else if (underlying == typeof(int) && schema["$ref"] is null)
        {
            schema["format"] = "int32";
        }

        if (property is null)
        {
            return;
        }

        var target = schema["type"] is JsonNode t && HasType(t, "array") && schema["items"] is JsonObject items ? items
            : schema["type"] is JsonNode o && HasType(o, "object") && schema["additionalProperties"] is JsonObject values ? values
            : schema;
        foreach (var attribute in property.GetCustomAttributes(true))
        {
            switch (attribute)
            {
                case MaxLengthAttribute max when schema["type"] is JsonNode kind && HasType(kind, "array"):
                    schema["maxItems"] = max.Length;
                    break;
                case MaxLengthAttribute max:
                    target["maxLength"] = max.Length;
                    break;
                case MinLengthAttribute min when schema["type"] is JsonNode kind && HasType(kind, "array"):
                    schema["minItems"] = min.Length;
                    break;
                case MinLengthAttribute min:
                    target["minLength"] = min.Length;
                    break;
                case RangeAttribute range:
                    target["minimum"] = JsonValue.Create(Convert.ToInt64(range.Minimum, System.Globalization.CultureInfo.InvariantCulture));
                    target["maximum"] = JsonValue.Create(Convert.ToInt64(range.Maximum, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case RegularExpressionAttribute pattern:
                    target["pattern"] = pattern.Pattern;
                    break;
                case AllowedValuesAttribute allowed:
                    target["enum"] = new JsonArray([.. allowed.Values.Select(v => JsonValue.Create(v?.ToString()))]);
                    break;
                case DescriptionAttribute description:
                    schema["description"] = description.Description;
                    break;
                case DefaultValueAttribute { Value: Enum value }:
                    schema["default"] = JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
                    break;
                case DefaultValueAttribute value:
                    schema["default"] = JsonValue.Create(value.Value);
                    break;
            }
        }
    }

    private static JsonNode WithoutNull(JsonNode schema)
    {
        if (schema is JsonObject { } o && o["oneOf"] is JsonArray { Count: 2 } choice && choice[1]?["type"]?.GetValue<string>() == "null")
        {
            var kept = choice[0]!.DeepClone().AsObject();
            foreach (var (key, value) in o.Where(p => p.Key != "oneOf"))
            {
                kept[key] = value?.DeepClone();
            }

            return kept;
        }

        if (schema is JsonObject { } typed && typed["type"] is JsonArray types)
        {
            var rest = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToList();
            typed["type"] = rest.Count == 1 ? rest[0] : new JsonArray([.. rest.Select(t => (JsonNode)t)]);
        }

        return schema;
    }

    private static bool HasType(JsonNode type, string name) =>
        type is JsonArray many ? many.Any(t => t?.GetValue<string>() == name) : type.GetValue<string>() == name;

    private static bool IsNullable(JsonNode node, Type type) =>
        System.Nullable.GetUnderlyingType(type) is not null || (node is JsonObject { } o && o["type"] is JsonNode t && HasType(t, "null"));

    private static JsonObject OrNull(JsonObject schema) => new() { ["oneOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };

    private static JsonObject EnumSchema(Type type) => new()
    {
        ["type"] = "string",
        ["enum"] = new JsonArray([.. Enum.GetNames(type).Select(n => (JsonNode)JsonNamingPolicy.CamelCase.ConvertName(n))]),
    };

    private static bool IsNamed(Type type)
    {
        type = System.Nullable.GetUnderlyingType(type) ?? type;
        return type.Namespace?.StartsWith("Packages.", StringComparison.Ordinal) == true && !type.IsArray
            && (!type.IsGenericType || NameOf(type).EndsWith("Page", StringComparison.Ordinal));
    }
}
