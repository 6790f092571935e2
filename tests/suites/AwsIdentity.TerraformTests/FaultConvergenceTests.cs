using System.Text.Json.Nodes;

namespace AwsIdentity.TerraformTests;

/// <summary>Throttling and a busy cluster (EKS ResourceInUseException) during terraform apply and destroy: the
/// provider's retries (ARCHITECTURE.md "Waiting and retries") still converge, and state and AWS agree.</summary>
public sealed class FaultConvergenceTests
{
    [Fact]
    public async Task ThrottlingAndBusyCluster_ApplyAndDestroyStillConverge()
    {
        await using var world = await TfConfigs.World();
        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url) + TfConfigs.Oidc() + TfConfigs.Oidc("demo2", label: "second")
            + TfConfigs.Association());
        await world.Control.FaultsAsync(new JsonObject
        {
            ["*"] = new JsonObject { ["throttle"] = 0.3 },
            ["AssociateIdentityProviderConfig"] = new JsonObject { ["busy"] = 0.5, ["throttle"] = 0.2 },
            ["DisassociateIdentityProviderConfig"] = new JsonObject { ["busy"] = 0.5 },
        });

        (await world.Workspace.ApplyAsync()).EnsureSuccess();
        Assert.True((await world.AuditAsync()).Clean);
        Assert.False((await world.Workspace.PlanAsync()).HasChanges);
        (await world.Workspace.DestroyAsync()).EnsureSuccess();

        var faults = (await world.Control.StatsAsync())["faults"]!.AsObject();
        Assert.True(faults.Count > 0, "no fault was injected: " + faults.ToJsonString());
        Assert.Equal(0, (await world.InventoryAsync()).Count);
    }
}
