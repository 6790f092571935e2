using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>A configuration change that replaces one License Manager object, which AWS allows once per directory and
/// product (per user too for subscriptions), so the old one must go first.</summary>
internal static class Replacement
{
    /// <summary>Plans and applies main.tf as written: the plan replaces <paramref name="address"/> alone, the apply
    /// destroys it before creating it with one <paramref name="deleteCall"/> and one <paramref name="createCall"/>,
    /// and state and emulator agree with nothing left to do.</summary>
    public static async Task ApplyDeletingFirstAsync(TerraformWithEmulator world, string address, string deleteCall, string createCall)
    {
        var ws = world.Workspace;
        await world.Control.ResetStatsAsync();
        var plan = await ws.PlanAsync();
        Assert.Contains($"# {address} must be replaced", plan.Stdout);
        Assert.Contains("1 to add, 0 to change, 1 to destroy", plan.Stdout);
        var apply = (await ws.ApplyAsync()).EnsureSuccess().Stdout;
        var (destroyed, creating) = (apply.IndexOf($"{address}: {ApplyLog.Destroyed}", StringComparison.Ordinal),
            apply.IndexOf($"{address}: {ApplyLog.Creating}", StringComparison.Ordinal));
        Assert.True(destroyed >= 0 && creating > destroyed, apply);
        Assert.Equal((1, 1), (await world.Control.CallsAsync(deleteCall), await world.Control.CallsAsync(createCall)));
        Assert.True((await world.AuditAsync()).Clean);
        Assert.False((await ws.PlanAsync()).HasChanges);
    }
}
