using System.Text.Json;

namespace AwsIdentity.PulumiSdk.Tests;

/// <summary>The repository root (found by walking up to Provider.sln) and the package schema the SDK is generated from.</summary>
internal static class Repo
{
    public static readonly string Root = FindRoot();

    public static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "sdk", "schema.json"))).RootElement;

    public static JsonElement Resource(string token) => Schema.GetProperty("resources").GetProperty(token);

    /// <summary>The object type a "$ref": "#/types/…" points at.</summary>
    public static JsonElement TypeOf(JsonElement reference) =>
        Schema.GetProperty("types").GetProperty(reference.GetString()!["#/types/".Length..]);

    public static IEnumerable<string> Names(JsonElement parent, string member) =>
        parent.TryGetProperty(member, out var list)
            ? list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().Select(e => e.GetString()!) : list.EnumerateObject().Select(p => p.Name)
            : [];

    /// <summary>Names of the properties marked secret: true.</summary>
    public static SortedSet<string> SecretNames(JsonElement properties) =>
        new(properties.EnumerateObject().Where(p => p.Value.TryGetProperty("secret", out var s) && s.GetBoolean()).Select(p => p.Name), StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Provider.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Provider.sln not found above {AppContext.BaseDirectory}");
    }
}
