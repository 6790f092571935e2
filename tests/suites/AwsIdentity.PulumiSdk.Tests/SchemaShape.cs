using System.Collections.Immutable;
using System.Text.Json;

namespace AwsIdentity.PulumiSdk.Tests;

/// <summary>
/// Compares the property bag the SDK sent to the engine (MockResourceArgs.Inputs: dictionaries, arrays and scalars
/// after Pulumi's serializer) with the schema: every name declared, every value of the declared type, nested
/// objects through their "$ref" type. Records the dotted paths it saw so a test can ask for all of them.
/// </summary>
internal sealed class SchemaShape
{
    public List<string> Problems { get; } = [];
    public SortedSet<string> Seen { get; } = new(StringComparer.Ordinal);

    public void CheckObject(JsonElement properties, IReadOnlyDictionary<string, object> value, string path)
    {
        foreach (var (key, item) in value)
        {
            var at = $"{path}.{key}";
            if (!properties.TryGetProperty(key, out var spec))
            {
                Problems.Add($"{at} is not a schema property");
                continue;
            }
            Seen.Add(at);
            CheckValue(spec, item, at);
        }
    }

    private void CheckValue(JsonElement spec, object value, string at)
    {
        if (spec.TryGetProperty("$ref", out var reference))
        {
            if (value is IReadOnlyDictionary<string, object> nested) CheckObject(Repo.TypeOf(reference).GetProperty("properties"), nested, at);
            else Problems.Add($"{at}: expected an object, got {value.GetType().Name}");
            return;
        }
        var type = spec.GetProperty("type").GetString();
        var ok = type switch
        {
            "string" => value is string,
            "integer" or "number" => value is double or int,
            "boolean" => value is bool,
            "array" => value is ImmutableArray<object> items && items.All(i => Scalar(spec.GetProperty("items"), i, $"{at}[]")),
            "object" => value is IReadOnlyDictionary<string, object> map && map.Values.All(v => Scalar(Element(spec), v, $"{at}{{}}")),
            _ => false,
        };
        if (!ok) Problems.Add($"{at}: {value.GetType().Name} does not fit schema type {type}");
    }

    private bool Scalar(JsonElement spec, object value, string at)
    {
        var before = Problems.Count;
        CheckValue(spec, value, at);
        return Problems.Count == before;
    }

    private static JsonElement Element(JsonElement mapSpec) =>
        mapSpec.TryGetProperty("additionalProperties", out var element) ? element : JsonDocument.Parse("""{"type":"string"}""").RootElement;

    /// <summary>Every dotted path the schema declares below these properties, nested "$ref" objects included.</summary>
    public static SortedSet<string> AllPaths(JsonElement properties, string path)
    {
        var all = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var p in properties.EnumerateObject())
        {
            all.Add($"{path}.{p.Name}");
            if (p.Value.TryGetProperty("$ref", out var reference))
                all.UnionWith(AllPaths(Repo.TypeOf(reference).GetProperty("properties"), $"{path}.{p.Name}"));
        }
        return all;
    }
}
