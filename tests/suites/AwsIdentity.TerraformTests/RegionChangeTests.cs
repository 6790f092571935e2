namespace AwsIdentity.TerraformTests;

/// <summary>The provider block's region changed after apply: every resource records the region it lives in, so the
/// plan replaces them (deleting in the old region, creating in the new) rather than reading them as gone there and
/// planning creates that would orphan the old objects.</summary>
public sealed class RegionChangeTests
{
    [Fact]
    public async Task ProviderRegionChanged_PlansReplacements_DeletesInTheOldRegionAndCreatesInTheNew()
    {
        await using var world = await TfConfigs.World();
        await world.Control.CreateClusterAsync("demo", "us-west-2");
        var resources = TfConfigs.Oidc() + TfConfigs.Association();
        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url) + resources);
        (await world.Workspace.ApplyAsync()).EnsureSuccess();
        await world.Control.ResetStatsAsync();

        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url, region: "us-west-2") + resources);
        var plan = await world.Workspace.PlanAsync();

        Assert.True(plan.HasChanges, plan.ToString());
        Assert.Contains("2 to add, 0 to change, 2 to destroy", plan.Stdout);
        Assert.Contains("\"us-east-1\" -> \"us-west-2\" # forces replacement", plan.Stdout);
        (await world.Workspace.ApplyAsync()).EnsureSuccess();
        Assert.Equal(1, await world.Control.CallsAsync("DisassociateIdentityProviderConfig"));
        Assert.Equal(1, await world.Control.CallsAsync("DisassociateUser"));
        var oidc = (await world.Workspace.ShowJsonAsync()).Resources.Single(r => r.Type == TfConfigs.Eks);
        Assert.Equal("us-west-2", (string?)oidc.Values["region"]);
        Assert.Contains(":us-west-2:", (string?)oidc.Values["arn"]);
        Assert.True((await world.AuditAsync()).Clean);
        Assert.False((await world.Workspace.PlanAsync()).HasChanges);
    }

    [Fact]
    public async Task ARegionOfItsOwn_TheObjectLivesThere_AndPlansNoChanges()
    {
        await using var world = await TfConfigs.World();
        await world.Control.CreateClusterAsync("demo", "us-west-2");
        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url) + TfConfigs.Oidc(body: "  region = \"us-west-2\"\n"));

        (await world.Workspace.ApplyAsync()).EnsureSuccess();

        var oidc = (await world.Workspace.ShowJsonAsync()).Resources.Single(r => r.Type == TfConfigs.Eks);
        Assert.Equal("us-west-2", (string?)oidc.Values["region"]);
        Assert.Contains(":us-west-2:", (string?)oidc.Values["arn"]);
        Assert.False((await world.Workspace.PlanAsync()).HasChanges);
        (await world.Workspace.DestroyAsync()).EnsureSuccess();
        Assert.Equal(0, (await world.InventoryAsync()).Count);
    }
}
