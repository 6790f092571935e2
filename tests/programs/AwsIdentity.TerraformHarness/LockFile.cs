using System.Text.RegularExpressions;

namespace AwsIdentity.TerraformHarness;

/// <summary>One provider entry of .terraform.lock.hcl.</summary>
public sealed record LockedProvider(string Address, string Version, string? Constraints, IReadOnlyList<string> Hashes);

/// <summary>
/// Reads the dependency lock file terraform init writes (hashicorp/terraform internal/depsfile/locks_file.go
/// SaveLocksToBytes): `provider "ADDR" { version = "V"  constraints = "C"  hashes = ["h1:…", …] }`, one block per
/// provider. Enough for tests; not an HCL parser.
/// </summary>
public static partial class LockFile
{
    public const string FileName = ".terraform.lock.hcl";

    public static IReadOnlyList<LockedProvider> Read(string workDir) => Parse(File.ReadAllText(Path.Combine(workDir, FileName)));

    public static IReadOnlyList<LockedProvider> Parse(string text) =>
        [.. ProviderBlock().Matches(text).Select(m => new LockedProvider(
            m.Groups["address"].Value,
            Attribute(m.Groups["body"].Value, "version") ?? throw new FormatException($"lock entry {m.Groups["address"].Value} has no version"),
            Attribute(m.Groups["body"].Value, "constraints"),
            [.. HashList().Match(m.Groups["body"].Value) is { Success: true } list
                ? Quoted().Matches(list.Groups[1].Value).Select(q => q.Groups[1].Value)
                : []]))];

    private static string? Attribute(string body, string name) =>
        Regex.Match(body, $@"(?m)^\s*{name}\s*=\s*""([^""]*)""") is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"(?ms)^provider\s+""(?<address>[^""]+)""\s*\{(?<body>.*?)^\}")]
    private static partial Regex ProviderBlock();

    [GeneratedRegex(@"(?s)hashes\s*=\s*\[(.*?)\]")]
    private static partial Regex HashList();

    [GeneratedRegex(@"""([^""]*)""")]
    private static partial Regex Quoted();
}
