using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;

namespace AwsIdentity.Emulator.Wire;

/// <summary>
/// Builds an operation's input object from URI labels, query string and JSON body, following the
/// member locations of the wire model, then validates it against the model.
/// </summary>
public static class InputBinder
{
    public static JsonObject Bind(
        RouteMatch route, IEnumerable<KeyValuePair<string, StringValues>> query, ReadOnlySpan<byte> body)
    {
        var op = route.Operation;
        var shape = WireModel.Instance.Shape(op.Service, op.InputShape);
        var input = ParseBody(op, body);
        var queryValues = query.ToDictionary(q => q.Key, q => q.Value);
        foreach (var (name, node) in shape["members"]!.AsObject())
        {
            var member = node!.AsObject();
            var location = (string?)member["location"];
            var wireName = (string?)member["locationName"] ?? name;
            if (location == null)
            {
                continue;
            }

            input.Remove(name);
            if (location == "uri" && route.Labels.TryGetValue(wireName, out var label))
            {
                input[name] = label;
            }
            else if (location == "querystring" && queryValues.TryGetValue(wireName, out var values))
            {
                input[name] = QueryValue(op, name, (string)member["shape"]!, values);
            }
        }

        var errors = InputValidator.Validate(op.Service, op.InputShape, input);
        if (errors.Count > 0)
        {
            var noun = errors.Count == 1 ? "error" : "errors";
            throw Errors.Invalid(op.Service, op.Name,
                $"{errors.Count} validation {noun} detected: {string.Join("; ", errors)}");
        }

        return input;
    }

    private static JsonObject ParseBody(WireOperation op, ReadOnlySpan<byte> body)
    {
        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(body) as JsonObject
                ?? throw Errors.Invalid(op.Service, op.Name, "The request body must be a JSON object.");
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            throw Errors.Invalid(op.Service, op.Name, "The request body is not valid JSON.");
        }
    }

    private static JsonNode? QueryValue(WireOperation op, string name, string shapeName, StringValues values)
    {
        var type = (string)WireModel.Instance.Shape(op.Service, shapeName)["type"]!;
        var first = values.FirstOrDefault() ?? "";
        switch (type)
        {
            case "list":
                return new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
            case "integer" or "long":
                return long.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                    ? JsonValue.Create(n)
                    : throw Errors.Invalid(op.Service, op.Name,
                        $"1 validation error detected: Value '{first}' at '{name}' failed to satisfy constraint: Member must be a number");
            default:
                return JsonValue.Create(first);
        }
    }
}
