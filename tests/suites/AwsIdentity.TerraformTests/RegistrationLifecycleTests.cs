using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using AwsIdentity.TerraformHarness;
using static AwsIdentity.TerraformTests.LmusConfigs;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// awsidentity_licensemanager_identity_provider_registration through the real terraform CLI and the emulator, one
/// workspace for the whole story: create, a plan with no changes, settings in place (subnets are a set: reordered is
/// no change, one added or removed is an UpdateIdentityProviderSettings), settings left out (AWS's values kept, also
/// when they drift), tags in place, drift seen by a refresh-only plan and put right, an out-of-band deregistration,
/// `terraform import`, a product change that replaces (deregister before register: one registration per directory
/// and product), destroy leaving the emulator empty.
/// </summary>
public sealed class RegistrationLifecycleTests
{
    private const string Plain = "d-2222222222";
    private const string Corp = $"{TfConfigs.Directory}:{Product}";
    private const string Group = "sg-0123456789abcdef0";

    private static string Program(string emulatorUrl, string[] subnets, string team = "a", string product = Product) =>
        TfConfigs.Provider(emulatorUrl)
        + RegistrationBlock(product: Q(product), body: $"  tags = {{ team = {Q(team)} }}\n",
            settings: $"{{\n    subnets           = [{string.Join(", ", subnets.Select(Q))}]\n    security_group_id = {Q(Group)}\n  }}")
        + RegistrationBlock("plain", directory: Q(Plain));

    /// <summary>The subnets of a registration as the emulator holds them (its settingsJson is AWS's Settings shape).</summary>
    private static async Task<string[]> LiveSubnets(TerraformWithEmulator world, string directory, string product = Product)
    {
        var record = ((await world.Control.StateAsync())["identityProviders"] as JsonArray ?? [])
            .Single(r => (string?)r!["directoryId"] == directory && (string?)r["product"] == product)!;
        var settings = JsonNode.Parse((string)record["settingsJson"]!)!;
        return [.. (settings["Subnets"] as JsonArray ?? []).Select(s => (string)s!).Order(StringComparer.Ordinal)];
    }

    private static async Task<string[]> StateSubnets(TerraformWorkspace ws, string label) =>
        [.. ((await ws.StatePullAsync()).Instance(Registration, label).Attributes["settings"]!["subnets"] as JsonArray ?? [])
            .Select(s => (string)s!).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Registration_CreateNoOpSettingsTagsDriftDeleteImportReplaceDestroy()
    {
        await using var world = await TerraformWithEmulator.StartAsync();
        var ws = world.Workspace;

        ws.WriteMain(Program(world.Emulator.Url, ["subnet-0000000a", "subnet-0000000b"]));
        (await ws.ApplyAsync()).EnsureSuccess();
        var corp = (await ws.StatePullAsync()).Instance(Registration, "corp");
        Assert.Equal(Corp, (string?)corp.Attributes["id"]);
        Assert.Equal("REGISTERED", (string?)corp.Attributes["status"]);
        Assert.Equal(Group, (string?)corp.Attributes["settings"]!["security_group_id"]);
        Assert.Equal(["subnet-0000000a", "subnet-0000000b"], await LiveSubnets(world, TfConfigs.Directory));
        // Settings left out: the state shows AWS's (the emulator's defaults, tools/AwsIdentity.Emulator/README.md).
        Assert.Equal(await LiveSubnets(world, Plain), await StateSubnets(ws, "plain"));
        Assert.Equal(2, (await StateSubnets(ws, "plain")).Length);
        Assert.Equal([Corp, $"{Plain}:{Product}"], (await world.InventoryAsync()).Registrations!.Order(StringComparer.Ordinal));
        Assert.False((await ws.PlanAsync()).HasChanges);
        Assert.True((await world.AuditAsync()).Clean);
        var arn = (string)corp.Attributes["identity_provider_arn"]!;

        // Subnets are a set: another order is no change.
        ws.WriteMain(Program(world.Emulator.Url, ["subnet-0000000b", "subnet-0000000a"]));
        Assert.False((await ws.PlanAsync()).HasChanges);

        // One added, then one removed: each an update in place.
        await world.Control.ResetStatsAsync();
        ws.WriteMain(Program(world.Emulator.Url, ["subnet-0000000b", "subnet-0000000a", "subnet-0000000c"]));
        Assert.Contains("0 added, 1 changed, 0 destroyed", (await ws.ApplyAsync()).EnsureSuccess().Stdout);
        Assert.Equal(["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"], await LiveSubnets(world, TfConfigs.Directory));
        ws.WriteMain(Program(world.Emulator.Url, ["subnet-0000000b", "subnet-0000000c"]));
        Assert.Contains("0 added, 1 changed, 0 destroyed", (await ws.ApplyAsync()).EnsureSuccess().Stdout);
        Assert.Equal(["subnet-0000000b", "subnet-0000000c"], await LiveSubnets(world, TfConfigs.Directory));
        Assert.Equal((2, 0, 0), (await world.Control.CallsAsync("UpdateIdentityProviderSettings"),
            await world.Control.CallsAsync("RegisterIdentityProvider"), await world.Control.CallsAsync("DeregisterIdentityProvider")));
        Assert.False((await ws.PlanAsync()).HasChanges);

        // Tags in place.
        ws.WriteMain(Program(world.Emulator.Url, ["subnet-0000000b", "subnet-0000000c"], team: "b"));
        Assert.Contains("0 added, 1 changed, 0 destroyed", (await ws.ApplyAsync()).EnsureSuccess().Stdout);
        Assert.Equal("b", (string?)(await world.Control.StateAsync())["tags"]![arn]!["team"]);
        Assert.Equal(2, await world.Control.CallsAsync("UpdateIdentityProviderSettings"));

        // Drift: corp's subnets and a tag changed outside terraform; plain's settings too, which it leaves to AWS.
        await world.Control.UpdateRegistrationAsync(TfConfigs.Directory, Product, s => s["subnets"] = new JsonArray("subnet-0000000e"));
        await world.Control.SetTagsAsync(arn, new JsonObject { ["team"] = "drift" });
        await world.Control.UpdateRegistrationAsync(Plain, Product, s => s["subnets"] = new JsonArray("subnet-0000000f"));
        var refresh = await ws.PlanAsync("-refresh-only");
        Assert.True(refresh.HasChanges, refresh.ToString());
        Assert.Contains($"{Registration}.corp has changed", refresh.Stdout);
        Assert.Contains($"{Registration}.plain has changed", refresh.Stdout);
        var plan = await ws.PlanAsync();
        Assert.Contains("0 to add, 1 to change, 0 to destroy", plan.Stdout);
        Assert.DoesNotContain($"{Registration}.plain will be", plan.Stdout);
        (await ws.ApplyAsync()).EnsureSuccess();
        Assert.Equal(["subnet-0000000b", "subnet-0000000c"], await LiveSubnets(world, TfConfigs.Directory));
        Assert.Equal("b", (string?)(await world.Control.StateAsync())["tags"]![arn]!["team"]);
        Assert.Equal(["subnet-0000000f"], await StateSubnets(ws, "plain"));
        Assert.False((await ws.PlanAsync()).HasChanges);

        // Deregistered outside terraform: planned as a create.
        await world.Control.DeleteRegistrationAsync(Plain, Product);
        Assert.Contains("1 to add, 0 to change, 0 to destroy", (await ws.PlanAsync()).Stdout);
        (await ws.ApplyAsync()).EnsureSuccess();
        Assert.True((await world.AuditAsync()).Clean);

        // Import into an empty state plans no changes.
        File.Delete(Path.Combine(ws.Dir, "terraform.tfstate"));
        (await ws.ImportAsync($"{Registration}.corp", Corp)).EnsureSuccess();
        (await ws.ImportAsync($"{Registration}.plain", $"{Plain}:{Product}")).EnsureSuccess();
        Assert.False((await ws.PlanAsync()).HasChanges);

        // A product change replaces: deregister first, then register.
        ws.WriteMain(Program(world.Emulator.Url, ["subnet-0000000b", "subnet-0000000c"], team: "b", product: OtherProduct));
        await Replacement.ApplyDeletingFirstAsync(world, $"{Registration}.corp", "DeregisterIdentityProvider", "RegisterIdentityProvider");
        Assert.Equal($"{TfConfigs.Directory}:{OtherProduct}", (string?)(await ws.StatePullAsync()).Instance(Registration, "corp").Attributes["id"]);

        (await ws.DestroyAsync()).EnsureSuccess();
        Assert.Equal(0, (await world.InventoryAsync()).Count);
    }
}
