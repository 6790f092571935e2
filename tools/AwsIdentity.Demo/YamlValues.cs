using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AwsIdentity.Harness;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AwsIdentity.Demo;

/// <summary>YAML nodes as JSON values (plain scalars typed as YAML 1.2 core does), and Pulumi YAML `${…}` interpolation.</summary>
public static partial class YamlValues
{
    public static JsonObject LoadMapping(string path)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(path)) stream.Load(reader);
        return stream.Documents.Count == 0 ? [] : ToJson(stream.Documents[0].RootNode) as JsonObject
            ?? throw new InvalidDataException($"{path}: the document is not a mapping");
    }

    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode m => new JsonObject(m.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value ?? "", ToJson(kv.Value)))),
        YamlSequenceNode s => new JsonArray([.. s.Children.Select(ToJson)]),
        YamlScalarNode sc => Scalar(sc),
        _ => throw new InvalidDataException($"unsupported YAML node at {node.Start}"),
    };

    private static JsonNode? Scalar(YamlScalarNode node)
    {
        var text = node.Value ?? "";
        if (node.Style is not ScalarStyle.Plain) return JsonValue.Create(text);
        if (text is "" or "~" or "null") return null;
        if (text is "true" or "false") return JsonValue.Create(text == "true");
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return JsonValue.Create(l);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return JsonValue.Create(d);
        return JsonValue.Create(text);
    }

    [GeneratedRegex(@"\$\{([^}]+)\}")]
    private static partial Regex Reference();

    /// <summary>Replaces `${name}` references: a whole-string reference keeps the referenced value's type.</summary>
    public static JsonNode? Interpolate(JsonNode? node, Func<string, JsonNode?> lookup, string where)
    {
        switch (node)
        {
            case JsonObject o when o.Count == 1 && o.First().Key.StartsWith("fn::", StringComparison.Ordinal):
                var (fn, arg) = o.First();
                return fn == "fn::secret"
                    ? Values.Secret(Interpolate(arg, lookup, where))
                    : throw new NotSupportedException($"{where}: {fn} is not supported by the demo's YAML reader");
            case JsonObject o:
                return new JsonObject(o.Select(kv => KeyValuePair.Create(kv.Key, Interpolate(kv.Value, lookup, $"{where}.{kv.Key}"))));
            case JsonArray a:
                return new JsonArray([.. a.Select((v, i) => Interpolate(v, lookup, $"{where}[{i}]"))]);
            case JsonValue v when v.TryGetValue<string>(out var s):
                var whole = Reference().Match(s);
                if (whole.Success && whole.Length == s.Length) return lookup(whole.Groups[1].Value)?.DeepClone();
                return JsonValue.Create(Reference().Replace(s, m => Text(lookup(m.Groups[1].Value))));
            default:
                return node?.DeepClone();
        }
    }

    private static string Text(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };

    /// <summary>Go-style durations of customTimeouts ("45m", "1h30m", "90s") in seconds.</summary>
    public static double DurationSeconds(string text)
    {
        double total = 0;
        foreach (Match m in DurationPart().Matches(text))
            total += double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * m.Groups[2].Value switch
            {
                "h" => 3600, "m" => 60, "s" => 1, "ms" => 0.001, _ => 0,
            };
        return total;
    }

    [GeneratedRegex(@"(\d+(?:\.\d+)?)(ms|h|m|s)")]
    private static partial Regex DurationPart();
}
