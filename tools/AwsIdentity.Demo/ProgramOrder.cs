using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AwsIdentity.Harness;

namespace AwsIdentity.Demo;

/// <summary>
/// References between the program's resources (`${registration.identityProvider}` in Pulumi.yaml) and the order they
/// impose. The engine registers a resource only once the outputs it takes are known, and deletes it before the
/// resources it took them from (pulumi/pulumi pkg/resource/deploy/step_generator.go, dependencies from the resource's
/// property dependencies). StackProgram keeps such a reference in the inputs as its `${…}` text; engine mode resolves
/// it from the recorded outputs (EngineDriver), or to an unknown where the resource is not created yet, as a preview does.
/// </summary>
public static partial class ProgramOrder
{
    [GeneratedRegex(@"^\$\{([^.}\[]+)([.\[][^}]+)\}$")]
    private static partial Regex Reference();

    /// <summary>Whether a `${key}` of Pulumi.yaml names another resource's output rather than a config key.</summary>
    public static bool IsResourceReference(string key, IReadOnlySet<string> resourceNames) =>
        key.IndexOfAny(['.', '[']) is > 0 and var at && resourceNames.Contains(key[..at]);

    public static JsonValue Placeholder(string key) => JsonValue.Create($"${{{key}}}");

    /// <summary>The resources a value takes outputs from.</summary>
    public static IReadOnlySet<string> References(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(kv => References(kv.Value)).ToHashSet(StringComparer.Ordinal),
        JsonArray a => a.SelectMany(References).ToHashSet(StringComparer.Ordinal),
        JsonValue v when v.TryGetValue<string>(out var s) && Reference().Match(s) is { Success: true } m => new HashSet<string> { m.Groups[1].Value },
        _ => new HashSet<string>(),
    };

    /// <summary>0 for a resource that takes no outputs, else one more than the deepest resource it takes them from.</summary>
    public static IReadOnlyDictionary<string, int> Levels(IReadOnlyList<Declared> resources)
    {
        var byName = resources.ToDictionary(r => r.Name);
        var levels = new Dictionary<string, int>();
        int Level(string name, int depth)
        {
            if (levels.TryGetValue(name, out var known)) return known;
            if (depth > resources.Count) throw new InvalidDataException($"Pulumi.yaml: {name} depends on itself");
            var refs = References(byName[name].Inputs).Where(byName.ContainsKey).ToList();
            return levels[name] = refs.Count == 0 ? 0 : 1 + refs.Max(r => Level(r, depth + 1));
        }
        foreach (var r in resources) Level(r.Name, 0);
        return levels;
    }

    /// <summary>The inputs with every reference replaced by <paramref name="output"/>(resource, path), or an unknown
    /// when that resource has no recorded outputs yet (null).</summary>
    public static Declared Resolve(Declared declared, Func<string, JsonObject?> output) =>
        declared with { Inputs = (JsonObject)Substitute(declared.Inputs, output)! };

    private static JsonNode? Substitute(JsonNode? node, Func<string, JsonObject?> output) => node switch
    {
        JsonObject o => new JsonObject(o.Select(kv => KeyValuePair.Create(kv.Key, Substitute(kv.Value, output)))),
        JsonArray a => new JsonArray([.. a.Select(v => Substitute(v, output))]),
        JsonValue v when v.TryGetValue<string>(out var s) && Reference().Match(s) is { Success: true } m =>
            output(m.Groups[1].Value) is { } outputs ? PropertyPaths.Get(outputs, m.Groups[2].Value.TrimStart('.'))?.DeepClone() : JsonValue.Create(Values.Unknown),
        _ => node?.DeepClone(),
    };
}
