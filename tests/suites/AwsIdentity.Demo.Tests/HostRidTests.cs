using System.Diagnostics;
using AwsIdentity.Harness;

namespace AwsIdentity.Demo.Tests;

/// <summary>tools/host-rid.sh, which the Makefile's `provider` target publishes with, for every `uname -s` / `uname -m` pair.</summary>
public sealed class HostRidTests
{
    private static (int Code, string Stdout, string Stderr) Run(Dictionary<string, string>? env, params string[] args)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(RepoPaths.RepoRoot(), "tools", "host-rid.sh"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment.Remove("RID");
        foreach (var (k, v) in env ?? []) info.Environment[k] = v;
        using var p = Process.Start(info)!;
        var (stdout, stderr) = (p.StandardOutput.ReadToEnd(), p.StandardError.ReadToEnd());
        p.WaitForExit();
        return (p.ExitCode, stdout.Trim(), stderr.Trim());
    }

    [Theory]
    [InlineData("Linux", "x86_64", "linux-x64")]
    [InlineData("Linux", "amd64", "linux-x64")]
    [InlineData("Linux", "aarch64", "linux-arm64")]
    [InlineData("Linux", "arm64", "linux-arm64")]
    [InlineData("Darwin", "arm64", "osx-arm64")]
    [InlineData("Darwin", "x86_64", "osx-x64")]
    public void SupportedHostsGetTheirRid(string os, string arch, string rid)
    {
        var (code, stdout, stderr) = Run(null, os, arch);
        Assert.Equal(0, code);
        Assert.Equal(rid, stdout);
        Assert.Empty(stderr);
    }

    [Theory]
    [InlineData("MINGW64_NT-10.0-19045", "x86_64", "unsupported OS 'MINGW64_NT-10.0-19045'")]
    [InlineData("FreeBSD", "amd64", "unsupported OS 'FreeBSD'")]
    [InlineData("Linux", "armv7l", "unsupported CPU 'armv7l'")]
    [InlineData("Darwin", "ppc", "unsupported CPU 'ppc'")]
    [InlineData("Linux", "riscv64", "unsupported CPU 'riscv64'")]
    public void OtherHostsFailWithAMessage(string os, string arch, string message)
    {
        var (code, stdout, stderr) = Run(null, os, arch);
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Contains("RID=", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void RidOverridesTheHost() => Assert.Equal("osx-x64", Run(new() { ["RID"] = "osx-x64" }, "Linux", "x86_64").Stdout);

    [Fact]
    public void ThisHostIsOneOfTheFour()
    {
        var (code, stdout, _) = Run(null);
        Assert.Equal(0, code);
        Assert.Contains(stdout, new[] { "linux-x64", "linux-arm64", "osx-x64", "osx-arm64" });
    }

    /// <summary>No build step may name a fixed RID: the Makefile asks the script, the csproj takes the SDK's own.</summary>
    [Fact]
    public void TheBuildUsesTheHostRid()
    {
        var root = RepoPaths.RepoRoot();
        var makefile = File.ReadAllText(Path.Combine(root, "Makefile"));
        var csproj = File.ReadAllText(Path.Combine(root, "provider", "AwsIdentity.Provider", "AwsIdentity.Provider.csproj"));
        Assert.Contains("tools/host-rid.sh", makefile, StringComparison.Ordinal);
        Assert.Contains("-r $$rid", makefile, StringComparison.Ordinal);
        foreach (var rid in new[] { "linux-x64", "linux-arm64", "osx-x64", "osx-arm64" })
        {
            Assert.DoesNotContain($"-r {rid}", makefile, StringComparison.Ordinal);
            Assert.DoesNotContain($">{rid}<", csproj, StringComparison.Ordinal);
        }
    }
}
