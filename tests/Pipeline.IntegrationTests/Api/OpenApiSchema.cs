using System.Globalization;
using System.Text.Json;

namespace Pipeline.IntegrationTests.Api;

/// <summary>
/// Checks JSON against a schema of the OpenAPI 3.0 document: types, nullability, required and unknown properties,
/// enums, items and <c>$ref</c>s — the subset the document uses. Unknown properties are errors when the schema says
/// <c>additionalProperties: false</c>, so a field added to a response without documenting it fails the tests.
/// </summary>
internal sealed class OpenApiSchema(JsonElement document)
{
    public JsonElement Document { get; } = document;

    public JsonElement Resolve(string reference)
    {
        var node = Document;
        foreach (var part in reference.TrimStart('#', '/').Split('/'))
        {
            node = node.GetProperty(part);
        }

        return node;
    }

    /// <summary>The schema of <paramref name="status"/>'s JSON body for the operation at <paramref name="path"/>.</summary>
    public JsonElement ResponseSchema(string path, string method, string status, string mediaType = "application/json")
    {
        var response = Document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty(status);
        if (response.TryGetProperty("$ref", out var reference))
        {
            response = Resolve(reference.GetString()!);
        }

        return response.GetProperty("content").GetProperty(mediaType).GetProperty("schema");
    }

    public List<string> Validate(JsonElement value, JsonElement schema)
    {
        var errors = new List<string>();
        Check(value, schema, "$", errors);
        return errors;
    }

    private void Check(JsonElement value, JsonElement schema, string at, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(value, Resolve(reference.GetString()!), at, errors);
            return;
        }

        var nullable = schema.TryGetProperty("nullable", out var n) && n.GetBoolean();
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!nullable)
            {
                errors.Add($"{at} is null but not nullable");
            }

            return;
        }

        if (schema.TryGetProperty("allOf", out var all))
        {
            foreach (var part in all.EnumerateArray())
            {
                Check(value, part, at, errors);
            }

            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.GetRawText() == value.GetRawText()))
        {
            errors.Add($"{at} is {value.GetRawText()}, not one of {allowed.GetRawText()}");
        }

        if (!schema.TryGetProperty("type", out var type))
        {
            return;
        }

        switch (type.GetString())
        {
            case "object" when value.ValueKind == JsonValueKind.Object:
                CheckObject(value, schema, at, errors);
                break;
            case "array" when value.ValueKind == JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(item, schema.GetProperty("items"), $"{at}[{index++}]", errors);
                }

                break;
            case "string" when value.ValueKind == JsonValueKind.String:
                CheckFormat(value.GetString()!, schema, at, errors);
                break;
            case "integer" when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _):
            case "number" when value.ValueKind == JsonValueKind.Number:
            case "boolean" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                break;
            default:
                errors.Add($"{at} is {value.ValueKind}, the schema says {type.GetString()}");
                break;
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string at, List<string> errors)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    errors.Add($"{at}.{name} is required but missing");
                }
            }
        }

        var additional = schema.TryGetProperty("additionalProperties", out var a) ? a : default;
        foreach (var property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, $"{at}.{property.Name}", errors);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                errors.Add($"{at}.{property.Name} is not in the schema");
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(property.Value, additional, $"{at}.{property.Name}", errors);
            }
        }
    }

    private static void CheckFormat(string text, JsonElement schema, string at, List<string> errors)
    {
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var ok = format switch
        {
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
            _ => true,
        };
        if (!ok)
        {
            errors.Add($"{at} '{text}' is not a {format}");
        }
    }
}
