using System.Text.Json;
using System.Text.Json.Nodes;

namespace AwsIdentity.TerraformTests;

/// <summary>UpgradeResourceState with a state file written by hand in terraform's pretty JSON at schema_version 0:
/// it plans no changes, and an attribute this schema does not know is dropped rather than failing the decode.</summary>
public sealed class UpgradeStateTests
{
    [Fact]
    public async Task HandWrittenState_WithAnUnknownAttribute_PlansNoChanges_AndDropsTheAttribute()
    {
        await using var world = await TfConfigs.World();
        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url) + TfConfigs.Oidc() + TfConfigs.Association());
        (await world.Workspace.ApplyAsync()).EnsureSuccess();

        var state = (await world.Workspace.StatePullAsync()).Document;
        state["serial"] = (long)state["serial"]! + 1;
        foreach (var resource in state["resources"]!.AsArray())
            foreach (var instance in resource!["instances"]!.AsArray())
            {
                instance!["schema_version"] = 0;
                instance["attributes"]!["legacy_attribute"] = "from an older version";
            }
        world.Workspace.WriteFile("terraform.tfstate", state.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var plan = await world.Workspace.PlanAsync();
        Assert.False(plan.HasChanges, plan.ToString());

        (await world.Workspace.ApplyAsync("-refresh-only")).EnsureSuccess();
        var upgraded = await world.Workspace.StatePullAsync();
        Assert.All(upgraded.Instances, i => Assert.False(i.Attributes.ContainsKey("legacy_attribute"), i.Attributes.ToJsonString()));
        Assert.True((await world.AuditAsync()).Clean);
    }
}
