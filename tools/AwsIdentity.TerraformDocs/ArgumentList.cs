using System.Text;
using AwsIdentity.Core.Model;
using AwsIdentity.Provider.Terraform.Schema;
using AwsIdentity.Provider.Terraform.Values;

namespace AwsIdentity.TerraformDocs;

/// <summary>
/// A block's arguments and attributes as Registry pages list them: one bullet per name with its flags, then a
/// section per nested block. Flags come from the Terraform schema (required, optional, computed, sensitive, type);
/// "forces a new resource" comes from the model's replace flag on the property the name was made from
/// (TerraformSchema.cs names every attribute after one), since the schema itself carries no such flag.
/// </summary>
public static class ArgumentList
{
    /// <summary>What the user may write: the block's settable attributes and blocks, then a section for each block
    /// (and theirs, depth first). <paramref name="skip"/> names what the page lists elsewhere (timeouts).</summary>
    public static string Arguments(TfBlock block, IRecordShape? shape, string? skip = null)
    {
        var top = new StringBuilder();
        var sections = new StringBuilder();
        Write(block, shape, "", top, sections, skip);
        return top.ToString() + sections;
    }

    /// <summary>What only the provider sets: computed attributes, and the members of computed nested objects.</summary>
    public static string Attributes(TfBlock block)
    {
        var sb = new StringBuilder();
        foreach (var a in block.Attributes.Where(a => a.Computed && !a.Optional))
        {
            sb.Append($"* `{a.Name}` - {Flags(a, computedOnly: true)}{Sentence(a.Description)}\n");
            foreach (var n in a.NestedType?.Attributes ?? [])
                sb.Append($"    * `{n.Name}` - {Flags(n, computedOnly: true)}{Sentence(n.Description)}\n");
        }
        return sb.ToString();
    }

    private static void Write(TfBlock block, IRecordShape? shape, string path, StringBuilder list, StringBuilder sections, string? skip)
    {
        var attributes = block.Attributes.Where(a => a.Required || a.Optional).ToList();
        var blocks = block.Blocks.Where(b => b.TypeName != skip).ToList();
        foreach (var required in new[] { true, false })
        {
            var lines = attributes.Where(a => a.Required == required).Select(a => Line(a, Property(shape, a.Name)))
                .Concat(blocks.Where(b => b.MinItems > 0 == required).Select(b => BlockLine(b, Property(shape, b.TypeName), path)))
                .ToList();
            if (lines.Count == 0) continue;
            if (path.Length == 0) list.Append($"The following arguments are {(required ? "required" : "optional")}:\n\n");
            foreach (var line in lines) list.Append(line);
            list.Append('\n');
        }
        foreach (var b in blocks)
        {
            var name = path.Length == 0 ? b.TypeName : $"{path}.{b.TypeName}";
            // The section's own bullets come before the sections of its blocks: both go to the same builder.
            sections.Append($"### `{name}` block\n\n{Sentence(b.Block.Description)}\n\n");
            Write(b.Block, NestedShape(Property(shape, b.TypeName)), name, sections, sections, skip: null);
        }
    }

    /// <summary>An argument's bullet; a nested attribute's arguments (a computed input object) follow indented.</summary>
    private static string Line(TfAttribute a, IPropertySpec? prop, string indent = "") =>
        $"{indent}* `{a.Name}` - {Flags(a, computedOnly: false)}{Sentence(a.Description)}{Replaces(prop)}\n" + string.Concat(
            (a.NestedType?.Attributes ?? []).Select(n => Line(n, Property(NestedShape(prop), n.Name), indent + "    ")));

    private static string BlockLine(TfNestedBlock b, IPropertySpec? prop, string path)
    {
        var name = path.Length == 0 ? b.TypeName : $"{path}.{b.TypeName}";
        var count = b.MinItems > 0 ? "Required, exactly one" : "Optional, at most one";
        return $"* `{b.TypeName}` - ({count} block) {Sentence(b.Block.Description)} See the `{name}` block below.{Replaces(prop)}\n";
    }

    private static string Flags(TfAttribute a, bool computedOnly)
    {
        var flags = new List<string>();
        if (!computedOnly) flags.Add(a.Required ? "Required" : "Optional");
        flags.Add(a.Type?.FriendlyName ?? "object");
        if (a.Sensitive) flags.Add("Sensitive");
        if (a.Optional && a.Computed) flags.Add("Computed when unset");
        return $"({string.Join(", ", flags)}) ";
    }

    private static string Replaces(IPropertySpec? prop) =>
        prop?.ReplaceOnChanges == true ? " Changing this forces a new resource." : "";

    private static IPropertySpec? Property(IRecordShape? shape, string tfName) =>
        shape?.Properties.FirstOrDefault(p => TfNames.Snake(p.Name) == tfName);

    private static IRecordShape? NestedShape(IPropertySpec? prop) => prop?.Kind.Type switch
    {
        ObjectTypeDescription o => o.Shape,
        ListTypeDescription { Item: ObjectTypeDescription o } => o.Shape,
        _ => null,
    };

    /// <summary>A description as a sentence: ends with a full stop.</summary>
    public static string Sentence(string text)
    {
        var t = text.Trim();
        return t.Length == 0 || t.EndsWith('.') ? t : t + ".";
    }
}
