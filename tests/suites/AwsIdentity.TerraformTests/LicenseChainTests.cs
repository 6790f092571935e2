using System.Text.Json.Nodes;
using AwsIdentity.TerraformHarness;
using static AwsIdentity.TerraformTests.LmusConfigs;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// Registration, subscription and association written as examples/terraform writes them (each takes its directory,
/// product or user from the one before, no depends_on), under throttling and conflicts: terraform creates them in
/// AWS's order (AWS License Manager user guide, "Get started with user-based subscriptions": register, subscribe,
/// associate) and destroys them in reverse ("Unsubscribe users", "Deregister an Active Directory"), the provider's
/// retries converge, and destroy leaves the emulator empty. A registration made with RegisterIdentityProvider makes
/// the emulator refuse every step out of order (tools/AwsIdentity.Emulator/README.md), so a wrong order fails here.
/// </summary>
public sealed class LicenseChainTests
{
    private static readonly string[] Types = [Registration, Subscription, TfConfigs.Lmus];

    private static void AssertInOrder(TerraformResult result, string began, string ended, IReadOnlyList<string> types)
    {
        var error = ApplyLog.OutOfOrder(result.Stdout, began, ended, types);
        Assert.True(error is null, $"{error}\n{result}");
    }

    [Fact]
    public async Task Chain_CreatesInAwsOrder_DestroysInReverse_ThroughThrottlingAndConflicts()
    {
        await using var world = await TerraformWithEmulator.StartAsync();
        world.Workspace.WriteMain(TfConfigs.Provider(world.Emulator.Url) + Chain());
        // Random throttling on every call, and certain faults, each met exactly once (stats "next").
        await world.Control.FaultsAsync(new JsonObject { ["*"] = new JsonObject { ["throttle"] = 0.1 } });
        await world.Control.NextErrorsAsync("RegisterIdentityProvider", "ThrottlingException", 1, 429);
        await world.Control.NextErrorsAsync("StartProductSubscription", "ThrottlingException", 2, 429);
        await world.Control.NextErrorsAsync("StopProductSubscription", "ConflictException", 1, 400);
        await world.Control.NextErrorsAsync("DeregisterIdentityProvider", "ConflictException", 1, 400);

        var apply = (await world.Workspace.ApplyAsync()).EnsureSuccess();
        AssertInOrder(apply, ApplyLog.Creating, ApplyLog.Created, Types);
        Assert.Equal(3, (await world.InventoryAsync()).Count);
        Assert.True((await world.AuditAsync()).Clean);
        Assert.False((await world.Workspace.PlanAsync()).HasChanges);

        var destroy = (await world.Workspace.DestroyAsync()).EnsureSuccess();
        AssertInOrder(destroy, ApplyLog.Destroying, ApplyLog.Destroyed, [.. Types.Reverse()]);
        var faults = (await world.Control.StatsAsync())["faults"]!.AsObject();
        Assert.True((int?)faults["next"] == 5, "the queued faults were not all met: " + faults.ToJsonString());
        Assert.Equal(0, (await world.InventoryAsync()).Count);
        Assert.Empty((await world.Workspace.StatePullAsync()).Instances);
    }
}
