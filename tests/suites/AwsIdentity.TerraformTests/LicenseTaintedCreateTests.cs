using static AwsIdentity.TerraformTests.LmusConfigs;

namespace AwsIdentity.TerraformTests;

/// <summary>A registration and a subscription whose wait outlasts `timeouts { create }` after AWS accepted them:
/// terraform saves each as tainted with its id (nothing orphaned), and the next apply replaces both.</summary>
public sealed class LicenseTaintedCreateTests
{
    private const string Timeout = "  timeouts {\n    create = \"2s\"\n  }\n";

    [Fact]
    public async Task TimedOutCreates_AreSavedTainted_AndTheNextApplyReplacesThem()
    {
        await using var world = await TfConfigs.World(transitionMs: 4000);
        await world.Control.RegisterDirectoryAsync(TfConfigs.Directory, Product);
        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url)
            + RegistrationBlock(directory: Q("d-2222222222"), body: Timeout) + SubscriptionBlock(body: Timeout));

        var failed = await world.Workspace.ApplyAsync();

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("tainted", failed.Stderr);
        var state = await world.Workspace.StatePullAsync();
        Assert.True(state.Instance(Registration, "corp").Tainted, state.Instance(Registration, "corp").ToString());
        Assert.Equal($"d-2222222222:{Product}", (string?)state.Instance(Registration, "corp").Attributes["id"]);
        Assert.True(state.Instance(Subscription, "alice").Tainted, state.Instance(Subscription, "alice").ToString());
        Assert.Equal($"{TfConfigs.Directory}:{Product}:alice", (string?)state.Instance(Subscription, "alice").Attributes["id"]);
        Assert.True((await world.AuditAsync()).Clean);

        await world.Control.SettingsAsync(100);
        var apply = (await world.Workspace.ApplyAsync()).EnsureSuccess();
        Assert.Contains("2 added, 0 changed, 2 destroyed", apply.Stdout);
        state = await world.Workspace.StatePullAsync();
        Assert.False(state.Instance(Registration, "corp").Tainted || state.Instance(Subscription, "alice").Tainted);
        Assert.True((await world.AuditAsync()).Clean);
        Assert.False((await world.Workspace.PlanAsync()).HasChanges);
    }
}
