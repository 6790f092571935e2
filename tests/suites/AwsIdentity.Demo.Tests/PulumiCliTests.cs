using System.Diagnostics;

namespace AwsIdentity.Demo.Tests;

/// <summary>How CLI mode runs `pulumi`, exercised with stand-in scripts: stdin, environment, timeout, exit codes, streams.</summary>
public sealed class PulumiCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("demo-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private PulumiCli Fake(string script, TimeSpan? timeout = null, Dictionary<string, string>? env = null)
    {
        var path = Path.Combine(_dir, "pulumi");
        File.WriteAllText(path, "#!/bin/sh\n" + script + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new PulumiCli(path, _dir, env ?? new Dictionary<string, string> { ["PATH"] = "/usr/bin:/bin" }, timeout ?? TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task StdinIsClosedSoAPromptGetsEndOfFile()
    {
        // `cat` returns at end-of-file; with an inherited or open stdin it would wait until the timeout.
        var clock = Stopwatch.StartNew();
        var result = await Fake("cat >/dev/null; echo read-all", TimeSpan.FromSeconds(10)).RunAsync(["preview"], CancellationToken.None);
        Assert.Equal("read-all", result.Stdout.Trim());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task TheEnvironmentIsExactlyTheGivenOne()
    {
        Environment.SetEnvironmentVariable("PULUMI_OPTION_YES", "false");
        try
        {
            var env = new Dictionary<string, string> { ["PATH"] = "/usr/bin:/bin", ["PULUMI_HOME"] = "/tmp/h", ["PULUMI_CONFIG_PASSPHRASE"] = "" };
            var result = await Fake("env", env: env).RunAsync(["version"], CancellationToken.None);
            var seen = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=', 2)[0])
                .Where(k => k is not ("PWD" or "SHLVL" or "_" or "OLDPWD")).Order(StringComparer.Ordinal);
            Assert.Equal(env.Keys.Order(StringComparer.Ordinal), seen);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PULUMI_OPTION_YES", null);
        }
    }

    [Fact]
    public async Task ACommandThatHangsIsKilledAtItsTimeoutWithItsChildren()
    {
        var pidFile = Path.Combine(_dir, "child.pid");
        var clock = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<DemoFailure>(() => Fake($"sleep 60 & echo $! > '{pidFile}'; wait", TimeSpan.FromSeconds(1)).RunAsync(["up"], CancellationToken.None));
        Assert.Contains("`pulumi up` did not finish within 1s and was killed", e.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
        var child = int.Parse(File.ReadAllText(pidFile).Trim());
        await Task.Delay(300);
        Assert.False(Alive(child), $"the command's child {child} survived the timeout");
    }

    private static bool Alive(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited && !(File.Exists($"/proc/{pid}/status") && File.ReadAllText($"/proc/{pid}/status").Contains("State:\tZ", StringComparison.Ordinal));
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [Fact]
    public async Task StdoutAndStderrAreKeptApartAndTheWorkDirectoryIsUsed()
    {
        var result = await Fake("echo '{\"steps\":[]}'; echo 'warning: x' >&2; pwd >&2", TimeSpan.FromSeconds(10)).RunAsync(["preview", "--json"], CancellationToken.None, quiet: true);
        Assert.Equal("{\"steps\":[]}", result.Stdout.Trim());
        Assert.Contains("warning: x", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(_dir), result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANonZeroExitFailsTheDemoUnlessAllowed()
    {
        var cli = Fake("echo 'error: no changes were expected' >&2; exit 255");
        var e = await Assert.ThrowsAsync<DemoFailure>(() => cli.RunAsync(["preview", "--expect-no-changes"], CancellationToken.None));
        Assert.Contains("exited with 255: error: no changes were expected", e.Message, StringComparison.Ordinal);
        Assert.Equal(255, (await cli.RunAsync(["preview"], CancellationToken.None, allowFailure: true)).ExitCode);
    }
}
