using System.Text.Json;

namespace AwsIdentity.Sdk.Tests;

/// <summary>Paths in the repository (found by walking up to Provider.sln) and the package schema.</summary>
internal static class RepoFiles
{
    public static readonly string Root = FindRoot();

    public static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "sdk", "schema.json"))).RootElement;

    public static string[] CSharpFiles(string relativeDir) =>
        Directory.EnumerateFiles(Path.Combine(Root, relativeDir), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .ToArray();

    public static string Relative(string path) => Path.GetRelativePath(Root, path);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Provider.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Provider.sln not found above {AppContext.BaseDirectory}");
    }
}
