using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AwsIdentity.Provider.Terraform.Values;

namespace AwsIdentity.Provider.Terraform.Schema;

/// <summary>
/// The provider's schemas as JSON in the form <c>terraform providers schema -json</c> prints (hashicorp/terraform
/// internal/command/jsonprovider/schema.go, block.go, attribute.go): false flags and zero item counts left out,
/// names in order. One text to review in a diff, and to compare with what the CLI reports of the real binary.
/// </summary>
public static class TfSchemaJson
{
    public static string Write(TfSchema provider, IReadOnlyDictionary<string, TfSchema> resources)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("format_version", "1.0");
            w.WriteStartObject("provider_schemas");
            w.WriteStartObject(TerraformSchema.ProviderAddress);
            w.WritePropertyName("provider");
            Schema(w, provider);
            w.WriteStartObject("resource_schemas");
            foreach (var (name, schema) in resources.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                w.WritePropertyName(name);
                Schema(w, schema);
            }
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Schema(Utf8JsonWriter w, TfSchema schema)
    {
        w.WriteStartObject();
        w.WriteNumber("version", schema.Version);
        w.WritePropertyName("block");
        Block(w, schema.Block);
        w.WriteEndObject();
    }

    private static void Block(Utf8JsonWriter w, TfBlock block)
    {
        w.WriteStartObject();
        if (block.Attributes.Length > 0)
        {
            w.WriteStartObject("attributes");
            Attributes(w, block.Attributes);
            w.WriteEndObject();
        }
        if (block.Blocks.Length > 0)
        {
            w.WriteStartObject("block_types");
            foreach (var nested in block.Blocks.OrderBy(b => b.TypeName, StringComparer.Ordinal))
            {
                w.WriteStartObject(nested.TypeName);
                w.WriteString("nesting_mode", Nesting(nested.Nesting));
                w.WritePropertyName("block");
                Block(w, nested.Block);
                if (nested.MinItems > 0) w.WriteNumber("min_items", nested.MinItems);
                if (nested.MaxItems > 0) w.WriteNumber("max_items", nested.MaxItems);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        Description(w, block.Description);
        w.WriteEndObject();
    }

    private static void Attributes(Utf8JsonWriter w, IEnumerable<TfAttribute> attributes)
    {
        foreach (var a in attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            w.WriteStartObject(a.Name);
            if (a.Type is { } type)
            {
                w.WritePropertyName("type");
                // On one line, as the CLI prints it.
                w.WriteRawValue(type.ToJson());
            }
            if (a.NestedType is { } nested)
            {
                w.WriteStartObject("nested_type");
                w.WriteStartObject("attributes");
                Attributes(w, nested.Attributes);
                w.WriteEndObject();
                w.WriteString("nesting_mode", Nesting(nested.Nesting));
                w.WriteEndObject();
            }
            Description(w, a.Description);
            if (a.Required) w.WriteBoolean("required", true);
            if (a.Optional) w.WriteBoolean("optional", true);
            if (a.Computed) w.WriteBoolean("computed", true);
            if (a.Sensitive) w.WriteBoolean("sensitive", true);
            w.WriteEndObject();
        }
    }

    private static void Description(Utf8JsonWriter w, string description)
    {
        if (description.Length == 0) return;
        w.WriteString("description", description);
        w.WriteString("description_kind", "plain");
    }

    private static string Nesting(TfNesting nesting) => nesting.ToString().ToLowerInvariant();
}
