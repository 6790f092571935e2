using System.Text;
using System.Text.Json;
using AwsIdentity.Core.Config;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources;

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
        w.WriteString("description", ResourceDescription.Markdown(handler.Model));
        w.WriteStartObject("inputProperties");
        WriteProperties(w, handler.Inputs.Properties);
        w.WriteEndObject();
        WriteRequired(w, "requiredInputs", handler.Inputs.Properties);
        w.WriteStartObject("properties");
        WriteProperties(w, handler.Outputs.Properties);
        w.WriteEndObject();
        // A computed input is optional as an input and always present as an output (AWS fills it in).
        WriteRequired(w, "required", handler.Outputs.Properties, computedToo: true);
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
            PulumiTypeSpec.Write(w, p.Kind.Type);
            w.WriteString("description", p.Description);
            if (p.Secret) w.WriteBoolean("secret", true);
            if (p.ReplaceOnChanges) w.WriteBoolean("willReplaceOnChanges", true);
            w.WriteEndObject();
        }
    }

    private static void WriteRequired(Utf8JsonWriter w, string name, IEnumerable<IPropertySpec> properties, bool computedToo = false)
    {
        var required = properties.Where(p => p.Required || computedToo && p.Computed).Select(p => p.Name).ToList();
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

    // Language sections (metaschema $defs csharpLanguageSpec, nodejsLanguageSpec, pythonLanguageSpec, goLanguageSpec).
    // C#: namespaces maps the package name to "Pulumi", so the root namespace and NuGet id are AwsIdentity.Pulumi.
    private static void WriteLanguage(Utf8JsonWriter w)
    {
        w.WriteStartObject("language");

        w.WriteStartObject("csharp");
        w.WriteString("rootNamespace", "AwsIdentity");
        WriteMap(w, "namespaces", ("awsidentity", "Pulumi"), ("eks", "Eks"), ("licensemanager", "LicenseManager"));
        WriteMap(w, "packageReferences", ("Pulumi", "3.*"));
        w.WriteBoolean("respectSchemaVersion", true);
        w.WriteEndObject();

        w.WriteStartObject("go");
        w.WriteString("importBasePath", "github.com/awsidentity/pulumi-awsidentity/sdk/go/awsidentity");
        w.WriteBoolean("respectSchemaVersion", true);
        w.WriteEndObject();

        w.WriteStartObject("nodejs");
        w.WriteString("packageName", "@awsidentity/pulumi");
        w.WriteString("packageDescription", "Pulumi SDK for awsidentity: EKS OIDC identity provider configs and License Manager user associations.");
        WriteMap(w, "dependencies", ("@pulumi/pulumi", "^3.142.0"));
        WriteMap(w, "devDependencies", ("@types/node", "^20.0.0"), ("typescript", "^5.0.0"));
        w.WriteBoolean("respectSchemaVersion", true);
        w.WriteEndObject();

        w.WriteStartObject("python");
        w.WriteString("packageName", "pulumi_awsidentity");
        WriteMap(w, "requires", ("pulumi", ">=3.142.0,<4.0.0"));
        w.WriteBoolean("respectSchemaVersion", true);
        w.WriteEndObject();

        w.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter w, string name, params (string Key, string Value)[] entries)
    {
        w.WriteStartObject(name);
        foreach (var (key, value) in entries) w.WriteString(key, value);
        w.WriteEndObject();
    }
}
