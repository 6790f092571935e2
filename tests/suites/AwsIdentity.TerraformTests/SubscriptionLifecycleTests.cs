using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using AwsIdentity.TerraformHarness;
using static AwsIdentity.TerraformTests.LmusConfigs;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// awsidentity_licensemanager_product_subscription through the real terraform CLI and the emulator, one workspace for
/// the whole story (the directory registered for two products through the control API): create, a plan with no
/// changes, tags in place, drift and an out-of-band stop seen by a refresh-only plan and put right, `terraform import`
/// of both id forms (with and without the domain), a product change that replaces (the stop before the start: AWS
/// keeps one subscription per user, product and directory, and bills both), destroy leaving the emulator empty.
/// </summary>
public sealed class SubscriptionLifecycleTests
{
    private const string Alice = $"{TfConfigs.Directory}:{Product}:alice";
    private const string Bob = $"{TfConfigs.Directory}:{Product}:bob:{Domain}";

    private static string Program(string emulatorUrl, string team = "a", string aliceProduct = Product) =>
        TfConfigs.Provider(emulatorUrl)
        + SubscriptionBlock(product: Q(aliceProduct), body: $"  tags = {{ team = {Q(team)} }}\n")
        + SubscriptionBlock("bob", domain: Q(Domain));

    [Fact]
    public async Task Subscription_CreateNoOpTagsDriftStopImportReplaceDestroy()
    {
        await using var world = await TerraformWithEmulator.StartAsync();
        await world.Control.RegisterDirectoryAsync(TfConfigs.Directory, Product);
        await world.Control.RegisterDirectoryAsync(TfConfigs.Directory, OtherProduct);
        var ws = world.Workspace;

        ws.WriteMain(Program(world.Emulator.Url));
        (await ws.ApplyAsync()).EnsureSuccess();
        var alice = (await ws.StatePullAsync()).Instance(Subscription, "alice");
        Assert.Equal(Alice, (string?)alice.Attributes["id"]);
        Assert.Equal("SUBSCRIBED", (string?)alice.Attributes["status"]);
        Assert.Equal(Bob, (string?)(await ws.StatePullAsync()).Instance(Subscription, "bob").Attributes["id"]);
        Assert.Equal([Alice, Bob], (await world.InventoryAsync()).Subscriptions!.Order(StringComparer.Ordinal));
        Assert.False((await ws.PlanAsync()).HasChanges);
        Assert.True((await world.AuditAsync()).Clean);
        var arn = (string)alice.Attributes["product_user_arn"]!;

        // Tags change in place: no stop, no start.
        await world.Control.ResetStatsAsync();
        ws.WriteMain(Program(world.Emulator.Url, team: "b"));
        Assert.Contains("0 added, 1 changed, 0 destroyed", (await ws.ApplyAsync()).EnsureSuccess().Stdout);
        Assert.Equal("b", (string?)(await world.Control.StateAsync())["tags"]![arn]!["team"]);
        Assert.Equal(0, await world.Control.CallsAsync("StopProductSubscription") + await world.Control.CallsAsync("StartProductSubscription"));
        Assert.False((await ws.PlanAsync()).HasChanges);

        // Drift: a tag changed and bob's subscription stopped (still listed, UNSUBSCRIBED) outside terraform.
        await world.Control.SetTagsAsync(arn, new JsonObject { ["team"] = "drift" });
        await world.Control.DeleteSubscriptionAsync((string)(await ws.StatePullAsync()).Instance(Subscription, "bob").Attributes["product_user_arn"]!, "stop");
        var refresh = await ws.PlanAsync("-refresh-only");
        Assert.True(refresh.HasChanges, refresh.ToString());
        Assert.Contains($"{Subscription}.alice has changed", refresh.Stdout);
        Assert.Contains($"{Subscription}.bob has been deleted", refresh.Stdout);
        var plan = await ws.PlanAsync();
        Assert.Contains("1 to add, 1 to change, 0 to destroy", plan.Stdout);
        (await ws.ApplyAsync()).EnsureSuccess();
        Assert.Equal("b", (string?)(await world.Control.StateAsync())["tags"]![arn]!["team"]);
        Assert.False((await ws.PlanAsync()).HasChanges);
        Assert.True((await world.AuditAsync()).Clean);

        // Both id forms import into an empty state and plan no changes.
        File.Delete(Path.Combine(ws.Dir, "terraform.tfstate"));
        (await ws.ImportAsync($"{Subscription}.alice", Alice)).EnsureSuccess();
        (await ws.ImportAsync($"{Subscription}.bob", Bob)).EnsureSuccess();
        Assert.False((await ws.PlanAsync()).HasChanges);
        Assert.True((await world.AuditAsync()).Clean);

        // A product change replaces: the old subscription is stopped before the new one starts.
        ws.WriteMain(Program(world.Emulator.Url, team: "b", aliceProduct: OtherProduct));
        await Replacement.ApplyDeletingFirstAsync(world, $"{Subscription}.alice", "StopProductSubscription", "StartProductSubscription");
        Assert.Equal($"{TfConfigs.Directory}:{OtherProduct}:alice", (string?)(await ws.StatePullAsync()).Instance(Subscription, "alice").Attributes["id"]);

        (await ws.DestroyAsync()).EnsureSuccess();
        Assert.Equal(0, (await world.InventoryAsync()).Count);
    }
}
