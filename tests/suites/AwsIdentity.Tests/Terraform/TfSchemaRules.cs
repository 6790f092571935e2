using System.Text.RegularExpressions;
using AwsIdentity.Provider.Terraform.Schema;
using AwsIdentity.Provider.Terraform.Values;

namespace AwsIdentity.Tests.Terraform;

/// <summary>
/// The rules terraform checks a provider's schema against before it uses it (hashicorp/terraform
/// internal/configs/configschema/internal_validate.go), so a broken schema fails here rather than in the CLI.
/// </summary>
internal static partial class TfSchemaRules
{
    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex ValidName();

    public static List<string> Check(TfSchema schema)
    {
        var problems = new List<string>();
        if (schema.Version < 0) problems.Add($"version {schema.Version} is negative");
        Block(schema.Block, "", problems);
        return problems;
    }

    private static void Block(TfBlock block, string at, List<string> problems)
    {
        foreach (var a in block.Attributes) Attribute(a, at, inSet: false, problems);
        foreach (var b in block.Blocks)
        {
            var where = $"{at}{b.TypeName}";
            Name(b.TypeName, where, problems);
            if (block.Attribute(b.TypeName) is not null) problems.Add($"{where}: both an attribute and a block");
            if (b.MinItems < 0 || b.MaxItems < 0) problems.Add($"{where}: negative item counts");
            if (b.MaxItems > 0 && b.MinItems > b.MaxItems) problems.Add($"{where}: min_items above max_items");
            switch (b.Nesting)
            {
                case TfNesting.Single when b.MinItems != b.MaxItems:
                    problems.Add($"{where}: a single block's min_items and max_items must match");
                    break;
                case TfNesting.Single when b.MinItems > 1:
                    problems.Add($"{where}: a single block has min_items and max_items 0 or 1");
                    break;
                case TfNesting.Map or TfNesting.Group when b.MinItems != 0 || b.MaxItems != 0:
                    problems.Add($"{where}: a {b.Nesting} block has no item counts");
                    break;
                case TfNesting.Set when ContainsDynamic(b.Block.ImpliedType()):
                    problems.Add($"{where}: dynamic inside a set of blocks");
                    break;
            }
            Block(b.Block, where + ".", problems);
        }
        var names = block.Attributes.Select(a => a.Name).Concat(block.Blocks.Select(b => b.TypeName)).ToList();
        foreach (var twice in names.GroupBy(n => n).Where(g => g.Count() > 1)) problems.Add($"{at}{twice.Key}: declared twice");
    }

    private static void Attribute(TfAttribute a, string at, bool inSet, List<string> problems)
    {
        var where = $"{at}{a.Name}";
        Name(a.Name, where, problems);
        // Exactly one of required, optional, computed-only (optional with computed allowed).
        if (!a.Required && !a.Optional && !a.Computed) problems.Add($"{where}: none of required, optional, computed");
        if (a.Required && (a.Optional || a.Computed)) problems.Add($"{where}: required with optional or computed");
        if ((a.Type is null) == (a.NestedType is null)) problems.Add($"{where}: needs exactly one of type and nested type");
        if (inSet && a.Type is not null && ContainsDynamic(a.Type)) problems.Add($"{where}: dynamic inside a set");
        if (a.NestedType is { Nesting: TfNesting.Group }) problems.Add($"{where}: a nested attribute cannot be a group");
        if (a.NestedType is { } nested)
            foreach (var inner in nested.Attributes)
                Attribute(inner, where + ".", inSet || nested.Nesting == TfNesting.Set, problems);
    }

    private static bool ContainsDynamic(TfType type) => type.ToJson().Contains("\"dynamic\"");

    private static void Name(string name, string where, List<string> problems)
    {
        if (!ValidName().IsMatch(name)) problems.Add($"{where}: name \"{name}\" is not ^[a-z0-9_]+$");
    }
}
