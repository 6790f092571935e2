using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// terraform killed outright (SIGKILL to its whole process tree) while its creates wait, so nothing reaches the state,
/// then applied again. The EKS config is recognised by its idempotency token, recomputed from the same configuration,
/// and finished; the user association, which nothing can prove is ours (no resource address under terraform), is
/// refused with the import command and id, and imported with it. Nothing is orphaned, and another workspace's config
/// on the same emulator is left alone.
/// </summary>
public sealed class KilledApplyTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task KilledMidApply_ThenAppliedAgain_OrphansNothing_AndTakesNothingOfAnotherOwner()
    {
        await using var world = await TfConfigs.World(transitionMs: 100);
        using var other = TerraformWorkspace.Create(new() { EmulatorUrl = world.Emulator.Url });
        other.WriteMain(TfConfigs.Provider(world.Emulator.Url) + TfConfigs.Oidc("demo2", "theirs"));
        (await other.ApplyAsync()).EnsureSuccess();

        await world.Control.SettingsAsync(4000);
        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url) + TfConfigs.Oidc() + TfConfigs.Association());
        using (var run = world.Workspace.Start("apply", "-auto-approve"))
        {
            Assert.True(await run.WaitForOutputAsync("Creating...", Generous), run.Stdout + run.Stderr);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while ((await world.InventoryAsync()).Count < 3 && clock.Elapsed < Generous) await Task.Delay(50);
            run.Kill(entireProcessTree: true);
            await run.WaitAsync(Generous);
        }
        Assert.Equal(3, (await world.InventoryAsync()).Count); // both creates reached AWS, and the state has neither
        await world.Control.SettingsAsync(100);

        var again = await world.Workspace.ApplyAsync();

        var error = again.Stderr.ReplaceLineEndings(" ");
        Assert.DoesNotContain($"Cannot create {TfConfigs.Eks}", error);
        Assert.Contains($"Cannot create {TfConfigs.Lmus}", error);
        Assert.Equal("demo:corp", (string?)(await world.Workspace.StatePullAsync()).Instance(TfConfigs.Eks, "oidc").Attributes["id"]);
        (await world.Workspace.ImportAsync($"{TfConfigs.Lmus}.alice", $"{TfConfigs.Instance}:{TfConfigs.Directory}:alice")).EnsureSuccess();
        (await world.Workspace.ApplyAsync()).EnsureSuccess();
        var audit = await world.AuditAsync(); // the other workspace's config is the one object this state does not hold
        Assert.True(audit.Lost.Count == 0 && audit.Orphans.Count == 1 && audit.Orphans[0].Contains("demo2:theirs"), audit.ToString());
        Assert.False((await other.PlanAsync()).HasChanges);
        Assert.Equal(3, (await world.InventoryAsync()).Count);
    }
}
