using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AwsIdentity.Emulator.Wire;

/// <summary>
/// Checks an input object against the wire model: JSON types, required members, unions, enums, lengths,
/// ranges and patterns. Messages follow the "Value … at '…' failed to satisfy constraint" style AWS uses.
/// </summary>
public static class InputValidator
{
    public static IReadOnlyList<string> Validate(string service, string shapeName, JsonObject input)
    {
        var errors = new List<string>();
        Check(service, shapeName, input, "", errors);
        return errors;
    }

    private static void Check(string service, string shapeName, JsonNode? node, string path, List<string> errors)
    {
        var shape = WireModel.Instance.Shape(service, shapeName);
        var type = (string)shape["type"]!;
        var at = path.Length == 0 ? "" : $" at '{path}'";
        switch (type, node)
        {
            case ("structure", JsonObject obj):
                CheckStructure(service, shape, obj, path, errors);
                break;
            case ("list", JsonArray array):
                CheckCount(shape, array.Count, at, errors);
                for (var i = 0; i < array.Count; i++)
                {
                    CheckMember(service, (string)shape["member"]!["shape"]!, array[i], $"{path}.{i + 1}", errors);
                }

                break;
            case ("map", JsonObject map):
                CheckCount(shape, map.Count, at, errors);
                foreach (var (key, value) in map)
                {
                    Check(service, (string)shape["key"]!["shape"]!, JsonValue.Create(key), $"{path}.{key}", errors);
                    CheckMember(service, (string)shape["value"]!["shape"]!, value, $"{path}.{key}", errors);
                }

                break;
            case ("string", JsonValue v) when v.GetValueKind() == JsonValueKind.String:
                CheckString(shape, (string)v!, at, errors);
                break;
            case ("integer" or "long", JsonValue v) when v.GetValueKind() == JsonValueKind.Number:
                CheckNumber(shape, v, at, errors);
                break;
            case ("boolean", JsonValue v) when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
            case ("timestamp", JsonValue v2) when v2.GetValueKind() is JsonValueKind.Number or JsonValueKind.String:
                break;
            default:
                var shown = node?.ToJsonString() ?? "null";
                errors.Add($"Value {Clip(shown)}{at} failed to satisfy constraint: Member must be of type {type}");
                break;
        }
    }

    private static void CheckMember(string service, string shapeName, JsonNode? node, string path, List<string> errors)
    {
        if (node is null)
        {
            errors.Add($"Value null at '{path}' failed to satisfy constraint: Member must not be null");
            return;
        }

        Check(service, shapeName, node, path, errors);
    }

    private static void CheckStructure(string service, JsonObject shape, JsonObject obj, string path, List<string> errors)
    {
        var members = shape["members"]!.AsObject();
        var prefix = path.Length == 0 ? "" : path + ".";
        foreach (var required in shape["required"]?.AsArray() ?? [])
        {
            var name = (string)required!;
            if (obj[name] is null)
            {
                errors.Add($"Value null at '{prefix}{name}' failed to satisfy constraint: Member must not be null");
            }
        }

        var present = 0;
        foreach (var (name, value) in obj)
        {
            if (members[name] is JsonObject member && value is not null)
            {
                present++;
                Check(service, (string)member["shape"]!, value, prefix + name, errors);
            }
        }

        if (shape["union"] is not null && present != 1)
        {
            errors.Add($"Value at '{path}' failed to satisfy constraint: Exactly one member of the union must be set");
        }
    }

    private static void CheckCount(JsonObject shape, int count, string at, List<string> errors)
    {
        if (shape["min"] is { } min && count < (long)min)
        {
            errors.Add($"Value with {count} elements{at} failed to satisfy constraint: Member must have length greater than or equal to {min}");
        }

        if (shape["max"] is { } max && count > (long)max)
        {
            errors.Add($"Value with {count} elements{at} failed to satisfy constraint: Member must have length less than or equal to {max}");
        }
    }

    private static void CheckString(JsonObject shape, string value, string at, List<string> errors)
    {
        var shown = Clip($"'{value}'");
        if (shape["min"] is { } min && value.Length < (long)min)
        {
            errors.Add($"Value {shown}{at} failed to satisfy constraint: Member must have length greater than or equal to {min}");
        }

        if (shape["max"] is { } max && value.Length > (long)max)
        {
            errors.Add($"Value {shown}{at} failed to satisfy constraint: Member must have length less than or equal to {max}");
        }

        if (shape["enum"] is JsonArray allowed && !allowed.Any(a => (string)a! == value))
        {
            var set = string.Join(", ", allowed.Select(a => (string)a!));
            errors.Add($"Value {shown}{at} failed to satisfy constraint: Member must satisfy enum value set: [{set}]");
        }

        if (shape["pattern"] is { } pattern &&
            !Regex.IsMatch(value, $"^(?:{(string)pattern!})$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            errors.Add($"Value {shown}{at} failed to satisfy constraint: Member must satisfy regular expression pattern: {pattern}");
        }
    }

    private static void CheckNumber(JsonObject shape, JsonValue value, string at, List<string> errors)
    {
        if (!value.TryGetValue(out long n))
        {
            if (!long.TryParse(value.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out n))
            {
                errors.Add($"Value {Clip(value.ToJsonString())}{at} failed to satisfy constraint: Member must be an integer");
                return;
            }
        }

        if (shape["min"] is { } min && n < (long)min)
        {
            errors.Add($"Value '{n}'{at} failed to satisfy constraint: Member must have value greater than or equal to {min}");
        }

        if (shape["max"] is { } max && n > (long)max)
        {
            errors.Add($"Value '{n}'{at} failed to satisfy constraint: Member must have value less than or equal to {max}");
        }
    }

    private static string Clip(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
