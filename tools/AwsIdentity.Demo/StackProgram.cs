using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.Demo;

/// <summary>
/// The root Pulumi.yaml resolved against a stack's config (Pulumi.&lt;stack&gt;.yaml, `config:` defaults and
/// overrides, as `pulumi config set` would make them): the resources `pulumi up` would register, with the same
/// values, and the provider configuration the engine would pass to Configure.
/// </summary>
public sealed record StackProgram(string Project, string Stack, JsonObject ProviderConfig, IReadOnlyList<Declared> Resources,
    IReadOnlyDictionary<string, string> Outputs)
{
    public const string ProviderPackage = "awsidentity";

    public static StackProgram Load(string directory, string stack, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var projectFile = Path.Combine(directory, "Pulumi.yaml");
        var project = YamlValues.LoadMapping(projectFile);
        var name = project["name"]?.GetValue<string>() ?? throw new InvalidDataException($"{projectFile}: no name");
        var stackFile = Path.Combine(directory, $"Pulumi.{stack}.yaml");
        var stackConfig = File.Exists(stackFile) ? YamlValues.LoadMapping(stackFile)["config"] as JsonObject ?? [] : [];
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
            stackConfig[key.Contains(':') ? key : $"{name}:{key}"] = value;

        var declaredConfig = project["config"] as JsonObject ?? [];
        var resourceNames = (project["resources"] as JsonObject ?? []).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        JsonNode? Config(string key)
        {
            if (ProgramOrder.IsResourceReference(key, resourceNames)) return ProgramOrder.Placeholder(key);
            if (stackConfig.TryGetPropertyValue($"{name}:{key}", out var v) || stackConfig.TryGetPropertyValue(key, out v))
                return v is JsonObject o && o.ContainsKey("secure")
                    ? throw new NotSupportedException($"config {key} is encrypted (secure:); the demo reads plain config only")
                    : Typed(v, declaredConfig[key]?["type"]?.GetValue<string>());
            var spec = declaredConfig[key];
            if (spec is JsonObject s && s.TryGetPropertyValue("default", out var d)) return d?.DeepClone();
            if (spec is JsonValue) return spec.DeepClone(); // `key: value` shorthand
            throw new InvalidDataException($"missing required configuration value '{key}' (set {name}:{key} in {stackFile})");
        }

        var providerConfig = new JsonObject();
        foreach (var (key, value) in stackConfig)
            if (key.StartsWith(ProviderPackage + ":", StringComparison.Ordinal)) providerConfig[key[(ProviderPackage.Length + 1)..]] = value?.DeepClone();

        var resources = new List<Declared>();
        foreach (var (resourceName, node) in project["resources"] as JsonObject ?? [])
        {
            var where = $"{projectFile}: resources.{resourceName}";
            var type = node?["type"]?.GetValue<string>() ?? throw new InvalidDataException($"{where}: no type");
            var properties = YamlValues.Interpolate(node["properties"] ?? new JsonObject(), Config, where) as JsonObject ?? [];
            if (type == $"pulumi:providers:{ProviderPackage}")
            {
                foreach (var (k, v) in properties) providerConfig[k] = v?.DeepClone();
                continue;
            }
            resources.Add(new Declared(type, resourceName, properties, Timeout(node["options"]?["customTimeouts"] as JsonObject)));
        }
        var outputs = (project["outputs"] as JsonObject ?? []).ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? "");
        return new StackProgram(name, stack, providerConfig, resources, outputs);
    }

    /// <summary>Config values are strings in stack files; typed config (`type: integer|boolean`) reads them as such.</summary>
    private static JsonNode? Typed(JsonNode? value, string? type)
    {
        if (value is not JsonValue v || !v.TryGetValue<string>(out var s)) return value?.DeepClone();
        return type switch
        {
            "integer" when long.TryParse(s, out var l) => JsonValue.Create(l),
            "boolean" when bool.TryParse(s, out var b) => JsonValue.Create(b),
            _ => JsonValue.Create(s),
        };
    }

    /// <summary>MiniEngine passes one timeout for every operation: the longest of create/update/delete.</summary>
    private static double Timeout(JsonObject? customTimeouts) =>
        customTimeouts is null ? 0 : customTimeouts.Select(kv => YamlValues.DurationSeconds(kv.Value?.ToString() ?? "")).DefaultIfEmpty(0).Max();

    /// <summary>The provider configuration pointed at an emulator (both services on one endpoint).</summary>
    public JsonObject ProviderConfigFor(string endpoint) => ProviderConfig.With(c =>
        c["endpoints"] = new JsonObject { ["eks"] = endpoint, ["licenseManagerUserSubscriptions"] = endpoint });

    public Declared Resource(string type) => Resources.FirstOrDefault(r => r.Type == type)
        ?? throw new InvalidDataException($"Pulumi.yaml declares no {type}");

    /// <summary>The EKS clusters and the directories the program refers to: what the emulator must hold beforehand.</summary>
    public IEnumerable<string> Clusters => Resources.Where(r => r.Type == Values.Eks)
        .Select(r => r.Inputs["clusterName"]?.GetValue<string>()).OfType<string>().Distinct();

    /// <summary>Directories that associations name and no registration of the program registers (none in the root
    /// Pulumi.yaml, which registers its directory itself): a flow that seeds registrations seeds only these.</summary>
    public IEnumerable<string> Directories => Resources.Where(r => r.Type == Values.Lmus).Select(DirectoryOf).OfType<string>()
        .Except(Resources.Where(r => r.Type == Values.Registration).Select(DirectoryOf).OfType<string>()).Distinct();

    /// <summary>A literal directory id; null when unset or taken from another resource's outputs.</summary>
    private static string? DirectoryOf(Declared r) =>
        ((r.Inputs["identityProvider"] as JsonObject)?["activeDirectoryIdentityProvider"] as JsonObject)?["directoryId"]?.GetValue<string>();
}
