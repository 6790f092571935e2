namespace AwsIdentity.TerraformTests;

/// <summary>terraform interrupted (Ctrl-C, SIGINT) while a create waits: StopProvider ends the wait at once, terraform
/// exits, and the state keeps the object AWS already has (tainted), so nothing is orphaned.</summary>
public sealed class InterruptedApplyTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task CtrlC_DuringTheWait_StopsPromptly_AndTheStateKeepsWhatExists()
    {
        await using var world = await TfConfigs.World(transitionMs: 60_000);
        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url) + TfConfigs.Oidc());
        using var run = world.Workspace.Start("apply", "-auto-approve");
        Assert.True(await run.WaitForOutputAsync("Creating...", Generous), run.Stdout + run.Stderr);
        await Task.Delay(1000); // the association is made; the create now waits for the cluster update

        var clock = System.Diagnostics.Stopwatch.StartNew();
        run.Interrupt();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"terraform took {clock.Elapsed} to stop");
        Assert.NotEqual(0, result.ExitCode);
        var state = await world.Workspace.StatePullAsync();
        var instance = state.Instance(TfConfigs.Eks, "oidc");
        Assert.Equal("demo:corp", (string?)instance.Attributes["id"]);
        Assert.True(instance.Tainted, instance.ToString()); // not finished: the next apply replaces it
        Assert.Contains("Stopping operation", result.Stdout + result.Stderr);
        Assert.True((await world.AuditAsync()).Clean);
    }
}
