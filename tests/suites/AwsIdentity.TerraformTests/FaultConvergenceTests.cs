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
        // Random throttling on every call, and certain ones: the cluster busy twice at associate and once at
        // disassociate, AssociateUser throttled twice (each queued fault is met exactly once: stats "next").
        await world.Control.FaultsAsync(new JsonObject { ["*"] = new JsonObject { ["throttle"] = 0.15 } });
        await world.Control.NextErrorsAsync("AssociateIdentityProviderConfig", "ResourceInUseException", 2, 409);
        await world.Control.NextErrorsAsync("DisassociateIdentityProviderConfig", "ResourceInUseException", 1, 409);
        await world.Control.NextErrorsAsync("AssociateUser", "ThrottlingException", 2, 429);

        (await world.Workspace.ApplyAsync()).EnsureSuccess();
        Assert.True((await world.AuditAsync()).Clean);
        Assert.False((await world.Workspace.PlanAsync()).HasChanges);
        (await world.Workspace.DestroyAsync()).EnsureSuccess();

        var faults = (await world.Control.StatsAsync())["faults"]!.AsObject();
        Assert.True((int?)faults["next"] == 5, "the queued faults were not all met: " + faults.ToJsonString());
        Assert.Equal(0, (await world.InventoryAsync()).Count);
    }
}
