using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.Demo;

/// <summary>Pulumi property paths (`oidc.clientId`, `tags["managed-by"]`, `subnets[0]`) over JSON values.</summary>
public static class PropertyPaths
{
    public static IReadOnlyList<string> Parse(string path)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.') { i++; continue; }
            if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0) end = path.Length;
                parts.Add(path[(i + 1)..end].Trim('"'));
                i = end + 1;
                continue;
            }
            var stop = path.IndexOfAny(['.', '['], i);
            if (stop < 0) stop = path.Length;
            parts.Add(path[i..stop]);
            i = stop;
        }
        return parts;
    }

    /// <summary>The value at <paramref name="path"/>, or null when any step is missing.</summary>
    public static JsonNode? Get(JsonNode? root, string path)
    {
        var node = root;
        foreach (var part in Parse(path))
        {
            if (Values.IsSecret(node)) node = node!["value"];
            node = node switch
            {
                JsonObject o => o[part],
                JsonArray a when int.TryParse(part, out var n) && n >= 0 && n < a.Count => a[n],
                _ => null,
            };
            if (node is null) return null;
        }
        return node;
    }

    /// <summary>Every leaf as (path, value), for printing a create's inputs one line each.</summary>
    public static IEnumerable<(string Path, JsonNode? Value)> Leaves(JsonNode? node, string prefix = "")
    {
        switch (node)
        {
            case JsonObject o when !Values.IsSecret(o) && o.Count > 0:
                foreach (var (k, v) in o)
                    foreach (var leaf in Leaves(v, prefix.Length == 0 ? k : Key(prefix, k))) yield return leaf;
                break;
            case JsonArray a when a.Count > 0:
                for (var i = 0; i < a.Count; i++)
                    foreach (var leaf in Leaves(a[i], $"{prefix}[{i}]")) yield return leaf;
                break;
            default:
                yield return (prefix, node);
                break;
        }
    }

    private static string Key(string prefix, string key) =>
        key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? $"{prefix}.{key}" : $"{prefix}[\"{key}\"]";

    public static string Format(JsonNode? value) => value switch
    {
        null => "null",
        _ when Values.IsSecret(value) => "[secret]",
        JsonValue v when v.TryGetValue<string>(out var s) && s == Values.Unknown => "output<unknown>",
        JsonObject o => "{" + string.Join(", ", o.Select(kv => $"{kv.Key}: {Format(kv.Value)}")) + "}",
        JsonArray a => "[" + string.Join(", ", a.Select(Format)) + "]",
        _ => value.ToJsonString(),
    };
}
