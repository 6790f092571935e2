namespace AwsIdentity.TerraformTests;

/// <summary>
/// Replacing an EKS config through terraform: a cluster or name change plans a replacement that deletes first (one
/// OIDC config per cluster, ARCHITECTURE.md "AWS facts"), and state and AWS agree after it.
/// </summary>
public sealed class ReplacementTests
{
    [Theory]
    [InlineData("demo2", "corp")]
    [InlineData("demo", "corp2")]
    public async Task ChangedClusterOrName_PlansAReplacement_ThatDeletesFirst(string cluster, string name)
    {
        await using var world = await TfConfigs.World();
        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url) + TfConfigs.Oidc());
        (await world.Workspace.ApplyAsync()).EnsureSuccess();

        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url) + TfConfigs.Oidc(cluster, name));
        var plan = await world.Workspace.PlanAsync();
        Assert.True(plan.HasChanges, plan.ToString());
        Assert.Contains("must be replaced", plan.Stdout);
        Assert.Contains("1 to add, 0 to change, 1 to destroy", plan.Stdout);

        var apply = (await world.Workspace.ApplyAsync()).EnsureSuccess();
        Assert.True(apply.Stdout.IndexOf("Destruction complete", StringComparison.Ordinal)
            < apply.Stdout.IndexOf("Creation complete", StringComparison.Ordinal), apply.Stdout);
        Assert.True((await world.AuditAsync()).Clean);
        Assert.Equal($"{cluster}:{name}", (string?)(await world.Workspace.StatePullAsync()).Instance(TfConfigs.Eks, "oidc").Attributes["id"]);
        Assert.False((await world.Workspace.PlanAsync()).HasChanges);
    }
}
