using System.Text.Json.Nodes;
using AwsIdentity.Emulator.Tests.Infrastructure;

namespace AwsIdentity.Emulator.Tests;

public sealed class ControlTests
{
    private const string Describe = "/clusters/demo/identity-provider-configs/describe";

    [Fact]
    public async Task State_dump_and_reset()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.ActiveConfigAsync(emu);
        await Scenarios.RegisterAsync(emu);
        await LmusScenarios.SubscribeAsync(emu, "alice");
        (await emu.LmusAsync("/user/AssociateUser", Scenarios.User("alice"))).Ok();
        var state = (await emu.ControlAsync("GET", "state")).Body;
        Assert.Single(state["clusters"]!.AsArray());
        Assert.Single(state["configs"]!.AsArray());
        Assert.Single(state["updates"]!.AsArray());
        Assert.Single(state["identityProviders"]!.AsArray());
        Assert.Single(state["associations"]!.AsArray());
        Assert.Single(state["subscriptions"]!.AsArray());
        Assert.Equal(2000, (double)state["transitionMs"]!);
        (await emu.ControlAsync("POST", "reset")).Ok();
        state = (await emu.ControlAsync("GET", "state")).Body;
        Assert.Empty(state["clusters"]!.AsArray());
        Assert.Empty(state["associations"]!.AsArray());
        Assert.Empty(state["subscriptions"]!.AsArray());
        Assert.Empty(state["identityProviders"]!.AsArray());
        (await emu.ControlAsync("POST", "nope")).Error(404, null!);
        (await emu.ControlAsync("POST", "faults/next", "{bad")).Error(400, null!);
    }

    [Fact]
    public async Task Settings_change_the_transition_time()
    {
        await using var emu = await TestEmulator.StartAsync();
        (await emu.ControlAsync("POST", "settings", """{"transitionMs":100}""")).Ok();
        (await emu.EksAsync("POST", "/clusters", Scenarios.CreateCluster("demo"))).Ok();
        emu.Time.Advance(TimeSpan.FromMilliseconds(101));
        Assert.Equal("ACTIVE", (string)(await emu.EksAsync("GET", "/clusters/demo")).Ok().Body["cluster"]!["status"]!);
    }

    [Fact]
    public async Task Eks_drift_deletes_edits_and_retags_configs()
    {
        await using var emu = await TestEmulator.StartAsync();
        var arn = await Scenarios.ActiveConfigAsync(emu);
        (await emu.ControlAsync("POST", "eks/update-config", """{"cluster":"demo","name":"corp","groupsClaim":"roles"}""")).Ok();
        var config = (await emu.EksAsync("POST", Describe, Scenarios.ConfigRef())).Ok().Body["identityProviderConfig"]!["oidc"]!;
        Assert.Equal("roles", (string)config["groupsClaim"]!);
        (await emu.ControlAsync("POST", "tags", new JsonObject { ["arn"] = arn, ["tags"] = new JsonObject { ["drift"] = "yes" } })).Ok();
        Assert.Equal("""{"drift":"yes"}""", (await emu.EksAsync("GET", "/tags/" + Uri.EscapeDataString(arn))).Ok().Body["tags"]!.ToJsonString());
        (await emu.ControlAsync("POST", "eks/delete-config", """{"cluster":"demo","name":"corp"}""")).Ok();
        (await emu.EksAsync("POST", Describe, Scenarios.ConfigRef())).Error(404, "ResourceNotFoundException");
        (await emu.ControlAsync("POST", "eks/delete-config", """{"cluster":"demo","name":"corp"}""")).Error(404, null!);
        (await emu.ControlAsync("POST", "eks/clusters", """{"name":"seeded"}""")).Ok();
        Assert.Equal("ACTIVE", (string)(await emu.EksAsync("GET", "/clusters/seeded")).Ok().Body["cluster"]!["status"]!);
    }

    [Fact]
    public async Task Echo_stores_later_creates_the_way_aws_may_store_them_until_turned_off()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.RegisterAsync(emu);
        await LmusScenarios.SubscribeAsync(emu, "Alice", "Bob");
        (await emu.ControlAsync("POST", "echo", """{"lowercaseNames":true,"defaultDomain":"Corp.Example.com","fillDefaults":true}""")).Ok();
        var user = (await emu.LmusAsync("/user/AssociateUser", Scenarios.User("Alice"))).Ok().Body["InstanceUserSummary"]!;
        Assert.Equal("alice", (string)user["Username"]!);
        Assert.Equal("corp.example.com", (string)user["Domain"]!);
        Assert.False((bool)user["IdentityProvider"]!["ActiveDirectoryIdentityProvider"]!["IsSharedActiveDirectory"]!);
        // The same user, in the caller's case and without a domain, is the same association.
        (await emu.LmusAsync("/user/AssociateUser", Scenarios.User("ALICE"))).Error(400, "ConflictException");

        (await emu.ControlAsync("POST", "echo", "{}")).Ok();
        var bob = (await emu.LmusAsync("/user/AssociateUser", Scenarios.User("Bob"))).Ok().Body["InstanceUserSummary"]!;
        Assert.Equal("Bob", (string)bob["Username"]!);
        Assert.Null(bob["Domain"]);
        Assert.Null(bob["IdentityProvider"]!["ActiveDirectoryIdentityProvider"]!["IsSharedActiveDirectory"]);
    }

    [Fact]
    public async Task Lmus_drift_removes_or_disassociates_associations()
    {
        await using var emu = await TestEmulator.StartAsync();
        (await emu.ControlAsync("POST", "lmus/identity-providers", new JsonObject { ["directoryId"] = Scenarios.Directory })).Ok();
        var arn = (string)(await emu.LmusAsync("/user/AssociateUser", Scenarios.User("alice"))).Ok().Body["InstanceUserSummary"]!["InstanceUserArn"]!;
        (await emu.LmusAsync("/user/AssociateUser", Scenarios.User("bob"))).Ok();
        emu.Settle();
        (await emu.ControlAsync("POST", "lmus/delete-association", new JsonObject { ["instanceUserArn"] = arn, ["mode"] = "disassociate" })).Ok();
        (await emu.ControlAsync("POST", "lmus/delete-association",
            new JsonObject { ["username"] = "bob", ["instanceId"] = Scenarios.Instance, ["directoryId"] = Scenarios.Directory })).Ok();
        var users = (await emu.LmusAsync("/user/ListUserAssociations", Scenarios.ListUsers())).Ok().Body["InstanceUserSummaries"]!.AsArray();
        var alice = Assert.Single(users)!;
        Assert.Equal("DISASSOCIATED", (string)alice["Status"]!);
        (await emu.ControlAsync("POST", "lmus/instances", new JsonObject { ["instanceId"] = Scenarios.Instance, ["notFound"] = true })).Ok();
        (await emu.LmusAsync("/user/ListUserAssociations", Scenarios.ListUsers())).Error(404, "ResourceNotFoundException");
        (await emu.ControlAsync("POST", "lmus/instances", new JsonObject { ["instanceId"] = Scenarios.Instance, ["notFound"] = false })).Ok();
        (await emu.LmusAsync("/user/ListUserAssociations", Scenarios.ListUsers())).Ok();
    }
}
