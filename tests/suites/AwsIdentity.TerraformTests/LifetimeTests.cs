using System.Diagnostics;
using AwsIdentity.Harness;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// How a Terraform-mode process ends (ARCHITECTURE.md "Terraform engine facts"): at once on GRPCController.Shutdown,
/// when terraform dies, on SIGTERM; never on SIGINT or StopProvider, which terraform follows with more calls.
/// </summary>
public sealed class LifetimeTests
{
    [Fact]
    public async Task Shutdown_answers_and_ends_the_process_at_once()
    {
        using var client = TerraformPluginProcess.NewClientCertificate();
        await using var provider = await TerraformPluginProcess.StartAsync(client);
        await provider.Provider().GetProviderSchemaAsync(new Tfplugin6.GetProviderSchema.Types.Request());
        var clock = Stopwatch.StartNew();
        await provider.Controller().ShutdownAsync(new Plugin.Empty());
        var code = await provider.Process.WaitForExitAsync(TimeSpan.FromSeconds(2));
        Assert.True(code is not null, $"still running 2 s after Shutdown (terraform kills it then); stderr: {provider.Process.Stderr}");
        Assert.Equal(0, code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task SIGINT_and_StopProvider_leave_it_serving_and_SIGTERM_ends_it()
    {
        using var client = TerraformPluginProcess.NewClientCertificate();
        await using var provider = await TerraformPluginProcess.StartAsync(client);
        // Ctrl-C reaches terraform's whole process group; terraform then calls StopProvider and keeps using the plugin.
        Signals.Send(provider.Process.Pid, Signals.SigInt);
        await provider.Provider().StopProviderAsync(new Tfplugin6.StopProvider.Types.Request());
        Assert.Null(await provider.Process.WaitForExitAsync(TimeSpan.FromMilliseconds(500)));
        await provider.Provider().GetProviderSchemaAsync(new Tfplugin6.GetProviderSchema.Types.Request());
        Assert.Equal(0, await provider.Process.SignalAndWaitAsync(Signals.SigTerm, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task It_exits_when_the_process_that_started_it_dies()
    {
        using var client = TerraformPluginProcess.NewClientCertificate();
        var pidFile = Path.Combine(Path.GetTempPath(), $"awsidentity-parent-{Guid.NewGuid():N}.pid");
        var child = 0;
        try
        {
            // sh stands in for terraform: it starts the provider as its child (stdout inherited: the handshake reaches
            // us), writes the child's pid, and waits; killing sh orphans the provider.
            await using var parent = await TerraformPluginProcess.StartAsync(client, "/bin/sh",
                "-c", "\"$0\" & echo $! > \"$1\"; wait", RepoPaths.ProviderBinary(), pidFile);
            child = await ReadPidAsync(pidFile);
            await parent.Provider().GetProviderSchemaAsync(new Tfplugin6.GetProviderSchema.Types.Request());
            Assert.True(Running(child), "the provider is not running under sh");

            Signals.Send(parent.Process.Pid, Signals.SigKill);
            var clock = Stopwatch.StartNew();
            while (Running(child) && clock.Elapsed < TimeSpan.FromSeconds(5)) await Task.Delay(50);
            Assert.False(Running(child), $"provider {child} still running {clock.Elapsed.TotalSeconds:0.0} s after its parent was killed");
        }
        finally
        {
            File.Delete(pidFile);
            if (child > 0 && Running(child)) Signals.Send(child, Signals.SigKill);
        }
    }

    private static async Task<int> ReadPidAsync(string file)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            if (File.Exists(file) && int.TryParse((await File.ReadAllTextAsync(file)).Trim(), out var pid)) return pid;
            await Task.Delay(20);
        }
        throw new TimeoutException($"sh wrote no pid to {file}");
    }

    /// <summary>Alive and not a zombie (an orphan's new parent may be slow to reap it; a zombie runs nothing).</summary>
    private static bool Running(int pid) =>
        File.Exists($"/proc/{pid}/status") && !File.ReadAllText($"/proc/{pid}/status").Contains("State:\tZ", StringComparison.Ordinal);
}
