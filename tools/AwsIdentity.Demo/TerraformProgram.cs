using System.Text;
using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using AwsIdentity.TerraformHarness;

namespace AwsIdentity.Demo;

/// <summary>
/// The root Pulumi.yaml's resources (resolved by <see cref="StackProgram"/>) written as a Terraform configuration:
/// the same values under the Terraform names (issue 13: attributes are the Pulumi names in snake_case, nested
/// objects are blocks, `tags` a map), the provider block aimed at the emulator with `default_tags`. A reference to
/// another resource's output (`${directoryRegistration.identityProvider}`, kept as text by StackProgram) becomes a
/// reference to that resource's attribute, so terraform orders the two as the Pulumi engine does: register, then
/// subscribe, then associate, and the reverse on destroy (AWS License Manager user guide, "Get started with
/// user-based subscriptions").
/// </summary>
public static class TerraformProgram
{
    /// <summary>The Terraform resource type of each Pulumi type (tests/programs/AwsIdentity.TerraformHarness/TerraformWithEmulator.cs).</summary>
    public static string TypeOf(string pulumiType) => pulumiType switch
    {
        Values.Eks => TerraformWithEmulator.EksType,
        Values.Lmus => TerraformWithEmulator.LmusType,
        Values.Registration => TerraformWithEmulator.RegistrationType,
        Values.Subscription => TerraformWithEmulator.SubscriptionType,
        _ => throw new NotSupportedException($"no Terraform type for {pulumiType}"),
    };

    /// <summary>terraform's address of a declared resource: the Pulumi name in snake_case is its label.</summary>
    public static string Address(Declared r) => $"{TypeOf(r.Type)}.{Snake(r.Name)}";

    public static string Render(StackProgram program, string emulatorUrl)
    {
        var hcl = new StringBuilder(Hcl.RequiredProviders());
        hcl.Append(Hcl.ProviderBlock(emulatorUrl, extra: "  default_tags {\n    tags = { \"managed-by\" = \"terraform\" }\n  }\n"));
        var byName = program.Resources.ToDictionary(r => r.Name, StringComparer.Ordinal);
        foreach (var r in program.Resources)
        {
            hcl.Append($"resource \"{TypeOf(r.Type)}\" \"{Snake(r.Name)}\" {{\n");
            Body(hcl, r.Inputs, "  ", byName);
            hcl.Append("}\n\n");
        }
        return hcl.ToString();
    }

    /// <summary>Scalars are attributes, `tags` a map, every other object a block; references become references.</summary>
    private static void Body(StringBuilder hcl, JsonObject inputs, string indent, IReadOnlyDictionary<string, Declared> byName)
    {
        foreach (var (key, value) in inputs)
        {
            var name = Snake(key);
            if (Reference(value, byName) is ({ } address, { } path)) { Referenced(hcl, name, $"{address}.{path}", Shape(value, byName), indent); continue; }
            switch (value)
            {
                case JsonObject map when key == "tags":
                    hcl.Append($"{indent}{name} = {{ {string.Join(", ", map.Select(kv => $"{Hcl.Quote(kv.Key)} = {Hcl.Quote(kv.Value?.ToString() ?? "")}"))} }}\n");
                    break;
                case JsonObject block:
                    hcl.Append($"{indent}{name} {{\n");
                    Body(hcl, block, indent + "  ", byName);
                    hcl.Append($"{indent}}}\n");
                    break;
                case null:
                    break;
                default:
                    hcl.Append($"{indent}{name} = {Hcl.Quote(value.ToString())}\n");
                    break;
            }
        }
    }

    /// <summary>`${resource.a.b}`: the referenced resource's terraform address and the attribute path in snake_case.</summary>
    private static (string Address, string Path)? Reference(JsonNode? value, IReadOnlyDictionary<string, Declared> byName)
    {
        if (value is not JsonValue v || !v.TryGetValue<string>(out var s) || !s.StartsWith("${", StringComparison.Ordinal) || !s.EndsWith('}')) return null;
        var parts = PropertyPaths.Parse(s[2..^1]);
        return parts.Count > 1 && byName.TryGetValue(parts[0], out var target)
            ? (Address(target), string.Join('.', parts.Skip(1).Select(Snake)))
            : null;
    }

    /// <summary>What a reference stands for, followed through references: the referenced resource's inputs at the
    /// path (an object for a block), or null for an output only AWS fills in.</summary>
    private static JsonNode? Shape(JsonNode? value, IReadOnlyDictionary<string, Declared> byName)
    {
        for (var hops = 0; value is JsonValue v && v.TryGetValue<string>(out var s) && s.StartsWith("${", StringComparison.Ordinal) && hops <= byName.Count; hops++)
        {
            var parts = PropertyPaths.Parse(s[2..^1]);
            value = byName.TryGetValue(parts[0], out var target) ? PropertyPaths.Get(target.Inputs, string.Join('.', parts.Skip(1))) : null;
        }
        return value;
    }

    /// <summary>A block mirroring the referenced object, each leaf referring to the same leaf of <paramref name="source"/>
    /// (a block cannot be assigned whole in HCL); a scalar refers to <paramref name="source"/> itself.</summary>
    private static void Referenced(StringBuilder hcl, string name, string source, JsonNode? shape, string indent)
    {
        if (shape is not JsonObject block || name == "tags")
        {
            hcl.Append($"{indent}{name} = {source}\n");
            return;
        }
        hcl.Append($"{indent}{name} {{\n");
        foreach (var (key, value) in block)
            if (value is not null) Referenced(hcl, Snake(key), $"{source}.{Snake(key)}", value, indent + "  ");
        hcl.Append($"{indent}}}\n");
    }

    /// <summary>clusterName → cluster_name, firstUserAssociation → first_user_association.</summary>
    public static string Snake(string name)
    {
        var snake = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && snake.Length > 0) snake.Append('_');
            snake.Append(char.ToLowerInvariant(c));
        }
        return snake.ToString();
    }
}
