namespace AwsIdentity.TerraformTests;

/// <summary>A create that outlasts `timeouts { create }` after EKS accepted the association: terraform saves the
/// object as tainted with its id, and the next apply replaces it, leaving nothing orphaned.</summary>
public sealed class TaintedCreateTests
{
    [Fact]
    public async Task TimedOutCreate_IsSavedTainted_AndTheNextApplyReplacesIt()
    {
        await using var world = await TfConfigs.World(transitionMs: 4000);
        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url) + TfConfigs.Oidc(body: "  timeouts {\n    create = \"2s\"\n  }\n"));

        var failed = await world.Workspace.ApplyAsync();

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("tainted", failed.Stderr);
        var instance = (await world.Workspace.StatePullAsync()).Instance(TfConfigs.Eks, "oidc");
        Assert.True(instance.Tainted, instance.ToString());
        Assert.Equal("demo:corp", (string?)instance.Attributes["id"]);
        Assert.True((await world.AuditAsync()).Clean);

        await world.Control.SettingsAsync(100);
        var apply = (await world.Workspace.ApplyAsync()).EnsureSuccess();
        Assert.Contains("1 added, 0 changed, 1 destroyed", apply.Stdout);
        Assert.False((await world.Workspace.StatePullAsync()).Instance(TfConfigs.Eks, "oidc").Tainted);
        Assert.True((await world.AuditAsync()).Clean);
        Assert.False((await world.Workspace.PlanAsync()).HasChanges);
    }
}
