namespace AwsIdentity.TerraformTests;

/// <summary>The provider block's region changed after apply: the objects still live in the old region, so the plan
/// fails at `region` saying so, rather than reading them as gone and planning creates that would orphan them.</summary>
public sealed class RegionChangeTests
{
    [Fact]
    public async Task ProviderRegionChanged_PlanFailsAtRegion_InsteadOfPlanningACreate()
    {
        await using var world = await TfConfigs.World();
        await world.Control.CreateClusterAsync("demo", "us-west-2");
        var resources = TfConfigs.Oidc() + TfConfigs.Association();
        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url) + resources);
        (await world.Workspace.ApplyAsync()).EnsureSuccess();
        await world.Control.ResetStatsAsync();

        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url, region: "us-west-2") + resources);
        var plan = await world.Workspace.PlanAsync();

        Assert.Equal(1, plan.ExitCode);
        var error = plan.Stderr.ReplaceLineEndings(" ");
        Assert.Contains("lives in us-east-1", error);
        Assert.Contains("serves us-west-2", error);
        Assert.Contains("region", error);
        Assert.DoesNotContain("to add", plan.Stdout);
        Assert.Equal(0, await world.Control.CallsAsync("AssociateIdentityProviderConfig"));
        Assert.Equal(0, await world.Control.CallsAsync("AssociateUser"));
        Assert.True((await world.AuditAsync()).Clean);
    }
}
