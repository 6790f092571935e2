using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>A command past its timeout takes its whole process tree with it (terraform's providers included).</summary>
public sealed class TimeoutTests
{
    [Fact]
    public async Task ACommandPastItsTimeoutIsKilledWithItsChildren()
    {
        var dir = Directory.CreateTempSubdirectory("awsidentity-fake-tf-");
        try
        {
            // A fake terraform that starts a child (as terraform starts providers, on pipes of its own) and waits on it.
            var fake = Path.Combine(dir.FullName, "terraform");
            File.WriteAllText(fake, "#!/bin/sh\nsleep 120 >/dev/null 2>&1 &\necho $! > \"$PWD/child.pid\"\necho started\nwait\n");
            TerraformMirror.MarkExecutable(fake);
            using var ws = TerraformWorkspace.Create(new TerraformWorkspaceOptions { Install = ProviderInstall.None, Terraform = fake });

            var e = await Assert.ThrowsAsync<TimeoutException>(() => ws.RunAsync(["apply"], TimeSpan.FromSeconds(1)));

            Assert.Contains("started", e.Message);
            var child = int.Parse(ws.ReadFile("child.pid").Trim(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(await Gone(child), $"child {child} of the killed command is still running");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task WaitForOutputSeesALineAndInterruptEndsTheCommand()
    {
        var dir = Directory.CreateTempSubdirectory("awsidentity-fake-tf-");
        try
        {
            var fake = Path.Combine(dir.FullName, "terraform");
            File.WriteAllText(fake, "#!/bin/sh\ntrap 'echo interrupted; exit 130' INT\necho Still creating...\nwhile :; do sleep 0.1; done\n");
            TerraformMirror.MarkExecutable(fake);
            using var ws = TerraformWorkspace.Create(new TerraformWorkspaceOptions { Install = ProviderInstall.None, Terraform = fake });
            using var run = ws.Start("apply");

            Assert.True(await run.WaitForOutputAsync("Still creating...", TimeSpan.FromSeconds(10)));
            run.Interrupt();
            var result = await run.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(130, result.ExitCode);
            Assert.Contains("interrupted", result.Stdout);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
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
}
