using System.Text;
using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using AwsIdentity.TerraformHarness;

namespace AwsIdentity.Demo;

/// <summary>
/// The root Pulumi.yaml's resources (resolved by <see cref="StackProgram"/>) written as a Terraform configuration:
/// the same values under the Terraform names (issue 13: attributes are the Pulumi names in snake_case, nested
/// objects are blocks, `tags` a map), the provider block aimed at the emulator with `default_tags`.
/// </summary>
public static class TerraformProgram
{
    /// <summary>The Terraform resource type of each Pulumi type (tests/programs/AwsIdentity.TerraformHarness/TerraformWithEmulator.cs).</summary>
    public static string TypeOf(string pulumiType) => pulumiType switch
    {
        Values.Eks => TerraformWithEmulator.EksType,
        Values.Lmus => TerraformWithEmulator.LmusType,
        _ => throw new NotSupportedException($"no Terraform type for {pulumiType}"),
    };

    /// <summary>terraform's address of a declared resource: the Pulumi name in snake_case is its label.</summary>
    public static string Address(Declared r) => $"{TypeOf(r.Type)}.{Snake(r.Name)}";

    public static string Render(StackProgram program, string emulatorUrl)
    {
        var hcl = new StringBuilder(Hcl.RequiredProviders());
        hcl.Append(Hcl.ProviderBlock(emulatorUrl, extra: "  default_tags {\n    tags = { \"managed-by\" = \"terraform\" }\n  }\n"));
        foreach (var r in program.Resources)
        {
            hcl.Append($"resource \"{TypeOf(r.Type)}\" \"{Snake(r.Name)}\" {{\n");
            Body(hcl, r.Inputs, "  ");
            hcl.Append("}\n\n");
        }
        return hcl.ToString();
    }

    /// <summary>Scalars are attributes, `tags` a map, every other object a block.</summary>
    private static void Body(StringBuilder hcl, JsonObject inputs, string indent)
    {
        foreach (var (key, value) in inputs)
        {
            var name = Snake(key);
            switch (value)
            {
                case JsonObject map when key == "tags":
                    hcl.Append($"{indent}{name} = {{ {string.Join(", ", map.Select(kv => $"{Hcl.Quote(kv.Key)} = {Hcl.Quote(kv.Value?.ToString() ?? "")}"))} }}\n");
                    break;
                case JsonObject block:
                    hcl.Append($"{indent}{name} {{\n");
                    Body(hcl, block, indent + "  ");
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
