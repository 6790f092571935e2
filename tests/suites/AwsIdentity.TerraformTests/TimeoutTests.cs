using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>A command past its timeout takes its whole process tree with it (terraform's providers included), and a
/// running command can be watched and interrupted. A fake terraform (a shell script) plays each case.</summary>
public sealed class TimeoutTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("awsidentity-fake-tf-");

    [Fact]
    public async Task ACommandPastItsTimeoutIsKilledWithItsChildren()
    {
        // It starts a child on pipes of its own (as terraform starts providers) and waits on it.
        using var ws = WithFakeTerraform("sleep 120 >/dev/null 2>&1 &\necho $! > \"$PWD/child.pid\"\necho started\nwait\n");

        var e = await Assert.ThrowsAsync<TimeoutException>(() => ws.RunAsync(["apply"], TimeSpan.FromSeconds(1)));

        Assert.Contains("started", e.Message);
        var child = int.Parse(ws.ReadFile("child.pid").Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await Gone(child), $"child {child} of the killed command is still running");
    }

    [Fact]
    public async Task WaitForOutputSeesALineAndInterruptEndsTheCommand()
    {
        using var ws = WithFakeTerraform("trap 'echo interrupted; exit 130' INT\necho Still creating...\nwhile :; do sleep 0.1; done\n");
        using var run = ws.Start("apply");

        Assert.True(await run.WaitForOutputAsync("Still creating...", TimeSpan.FromSeconds(10)));
        run.Interrupt();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(130, result.ExitCode);
        Assert.Contains("interrupted", result.Stdout);
    }

    private TerraformWorkspace WithFakeTerraform(string script)
    {
        var fake = Path.Combine(_dir.FullName, "terraform");
        File.WriteAllText(fake, "#!/bin/sh\n" + script);
        TerraformMirror.MarkExecutable(fake);
        return TerraformWorkspace.Create(new TerraformWorkspaceOptions { Install = ProviderInstall.None, Terraform = fake });
    }

    private static async Task<bool> Gone(int pid)
    {
        for (var i = 0; i < 50; i++)
        {
            var stat = $"/proc/{pid}/stat";
            // Gone, or a zombie waiting for a parent that no longer exists to reap it.
            if (!File.Exists(stat) || File.ReadAllText(stat).Split(' ')[2] == "Z") return true;
            await Task.Delay(100);
        }
        return false;
    }

    public void Dispose() => _dir.Delete(recursive: true);
}
