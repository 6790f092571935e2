using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// `make dist` (tools/dist.sh) on the binary `make build` made, into a temp directory: terraform's zip, SHA256SUMS and
/// manifest, and Pulumi's plugin tarball, with the names, entries, sums and executable bits each ecosystem expects
/// (tools/dist.sh cites where). The binary is reused, never rebuilt.
/// </summary>
public sealed class DistTests : IDisposable
{
    private const string Version = "9.8.7";
    private const UnixFileMode Executable = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
    private readonly string _out = Directory.CreateTempSubdirectory("awsidentity-dist-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private async Task<Command.Result> DistAsync(string binary, string rid = "linux-x64") =>
        await Command.RunAsync(Path.Combine(RepoPaths.RepoRoot(), "tools", "dist.sh"), new Dictionary<string, string?>(),
            [binary, Version, rid, _out], timeout: TimeSpan.FromSeconds(60));

    [Fact]
    public async Task Dist_WritesTheArtefactsBothEcosystemsExpect()
    {
        var binary = RepoPaths.ProviderBinary();
        var result = await DistAsync(binary);
        Assert.True(result.Code == 0, result.Stderr);
        var tf = $"terraform-provider-awsidentity_{Version}";
        Assert.Equal(
            [$"pulumi-resource-awsidentity-v{Version}-linux-amd64.tar.gz", $"{tf}_SHA256SUMS", $"{tf}_linux_amd64.zip", $"{tf}_manifest.json"],
            Directory.GetFiles(_out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var size = new FileInfo(binary).Length;

        using (var zip = ZipFile.OpenRead(Path.Combine(_out, $"{tf}_linux_amd64.zip")))
        {
            var entry = Assert.Single(zip.Entries);
            Assert.Equal($"terraform-provider-awsidentity_v{Version}", entry.FullName);
            Assert.Equal(size, entry.Length);
            Assert.Equal(0x1ED, (entry.ExternalAttributes >> 16) & 0x1FF); // 0755: terraform keeps the entry's mode
        }

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(_out, $"{tf}_manifest.json")))!;
        Assert.Equal(1, (int)manifest["version"]!);
        Assert.Equal("6.0", (string?)Assert.Single(manifest["metadata"]!["protocol_versions"]!.AsArray()));

        var sums = File.ReadAllLines(Path.Combine(_out, $"{tf}_SHA256SUMS"))
            .Select(l => l.Split("  ")).ToDictionary(p => p[1], p => p[0]);
        Assert.Equal([$"{tf}_linux_amd64.zip", $"{tf}_manifest.json"], sums.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, sum) in sums)
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(_out, file)))), sum);

        await using var gz = new GZipStream(File.OpenRead(Path.Combine(_out, $"pulumi-resource-awsidentity-v{Version}-linux-amd64.tar.gz")), CompressionMode.Decompress);
        using var tar = new TarReader(gz);
        var entries = new List<TarEntry>();
        while (await tar.GetNextEntryAsync() is { } e) entries.Add(e);
        var plugin = Assert.Single(entries);
        Assert.Equal(RepoPaths.BinaryName, plugin.Name);
        Assert.Equal(TarEntryType.RegularFile, plugin.EntryType is TarEntryType.V7RegularFile ? TarEntryType.RegularFile : plugin.EntryType);
        Assert.Equal(size, plugin.Length);
        Assert.Equal(Executable, plugin.Mode & Executable);
    }

    [Fact]
    public async Task Dist_NamesPlatformsAsGoDoes_AndRefusesAMissingBinary()
    {
        Assert.Equal(0, (await DistAsync(RepoPaths.ProviderBinary(), "osx-arm64")).Code);
        Assert.Contains($"terraform-provider-awsidentity_{Version}_darwin_arm64.zip", Directory.GetFiles(_out).Select(Path.GetFileName));
        Assert.Contains($"pulumi-resource-awsidentity-v{Version}-darwin-arm64.tar.gz", Directory.GetFiles(_out).Select(Path.GetFileName));

        var missing = await DistAsync(Path.Combine(_out, "no-such-binary"));
        Assert.Equal(1, missing.Code);
        Assert.Contains("run make build first", missing.Stderr, StringComparison.Ordinal);
    }
}
