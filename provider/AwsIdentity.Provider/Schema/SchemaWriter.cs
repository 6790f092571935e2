using System.Text;
using System.Text.Json;
using AwsIdentity.Provider.Config;
using AwsIdentity.Provider.Model;
using AwsIdentity.Provider.Resources;

namespace AwsIdentity.Provider.Schema;

/// <summary>
/// Writes the Pulumi package schema (pulumi/pulumi pkg/codegen/schema/pulumi.json) from the record shapes,
/// deterministically: properties in declaration order, types and resources sorted by token.
/// </summary>
public static class SchemaWriter
{
    public const string PackageName = "awsidentity";

    public static string Write(ResourceRegistry registry, string version)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("name", PackageName);
            w.WriteString("displayName", "AWS Identity");
            w.WriteString("version", version);
            w.WriteString("description", "Manage EKS OIDC identity provider configs and License Manager user-subscription associations.");
            w.WriteStartArray("keywords");
            foreach (var k in new[] { "pulumi", "aws", "eks", "oidc", "license-manager", "category/cloud", "kind/native" }) w.WriteStringValue(k);
            w.WriteEndArray();
            w.WriteString("homepage", "https://github.com/awsidentity/pulumi-awsidentity");
            w.WriteString("repository", "https://github.com/awsidentity/pulumi-awsidentity");
            w.WriteString("license", "Apache-2.0");
            w.WriteString("publisher", "awsidentity");

            w.WriteStartObject("config");
            w.WriteStartObject("variables");
            WriteProperties(w, ProviderConfig.Shape.Properties);
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartObject("provider");
            w.WriteString("description", ProviderConfig.Shape.Description);
            w.WriteStartObject("inputProperties");
            WriteProperties(w, ProviderConfig.Shape.Properties);
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartObject("resources");
            foreach (var handler in registry.All) WriteResource(w, handler);
            w.WriteEndObject();

            w.WriteStartObject("types");
            var types = new SortedDictionary<string, IRecordShape>(StringComparer.Ordinal);
            Collect(ProviderConfig.Shape, types, root: true);
            foreach (var handler in registry.All)
            {
                Collect(handler.Inputs, types, root: true);
                Collect(handler.Outputs, types, root: true);
            }
            foreach (var shape in types.Values) WriteType(w, shape);
            w.WriteEndObject();

            WriteLanguage(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteResource(Utf8JsonWriter w, IResourceHandler handler)
    {
        w.WriteStartObject(handler.Token);
        w.WriteString("description", handler.Outputs.Description + "\n" + handler.Documentation);
        w.WriteStartObject("inputProperties");
        WriteProperties(w, handler.Inputs.Properties);
        w.WriteEndObject();
        WriteRequired(w, "requiredInputs", handler.Inputs.Properties);
        w.WriteStartObject("properties");
        WriteProperties(w, handler.Outputs.Properties);
        w.WriteEndObject();
        WriteRequired(w, "required", handler.Outputs.Properties);
        w.WriteEndObject();
    }

    private static void WriteType(Utf8JsonWriter w, IRecordShape shape)
    {
        w.WriteStartObject(shape.Token);
        w.WriteString("type", "object");
        w.WriteString("description", shape.Description);
        w.WriteStartObject("properties");
        WriteProperties(w, shape.Properties);
        w.WriteEndObject();
        WriteRequired(w, "required", shape.Properties);
        w.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter w, IEnumerable<IPropertySpec> properties)
    {
        foreach (var p in properties)
        {
            w.WriteStartObject(p.Name);
            p.Kind.WriteTypeSpec(w);
            w.WriteString("description", p.Description);
            if (p.Secret) w.WriteBoolean("secret", true);
            if (p.ReplaceOnChanges) w.WriteBoolean("willReplaceOnChanges", true);
            w.WriteEndObject();
        }
    }

    private static void WriteRequired(Utf8JsonWriter w, string name, IEnumerable<IPropertySpec> properties)
    {
        var required = properties.Where(p => p.Required).Select(p => p.Name).ToList();
        if (required.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var r in required) w.WriteStringValue(r);
        w.WriteEndArray();
    }

    private static void Collect(IRecordShape shape, SortedDictionary<string, IRecordShape> types, bool root)
    {
        if (!root && !types.TryAdd(shape.Token, shape)) return;
        foreach (var p in shape.Properties)
            foreach (var nested in p.Kind.ReferencedShapes) Collect(nested, types, root: false);
    }

    private static void WriteLanguage(Utf8JsonWriter w)
    {
        w.WriteStartObject("language");
        w.WriteStartObject("nodejs");
        w.WriteString("packageName", "@awsidentity/pulumi");
        w.WriteString("packageDescription", "Pulumi SDK for the awsidentity provider.");
        w.WriteStartObject("dependencies");
        w.WriteString("@pulumi/pulumi", "^3.0.0");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("csharp");
        w.WriteString("rootNamespace", "AwsIdentity");
        w.WriteStartObject("packageReferences");
        w.WriteString("Pulumi", "3.*");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
