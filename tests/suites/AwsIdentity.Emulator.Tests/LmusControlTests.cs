using System.Text.Json.Nodes;
using AwsIdentity.Emulator.Tests.Infrastructure;
using static AwsIdentity.Emulator.Tests.Infrastructure.LmusScenarios;

namespace AwsIdentity.Emulator.Tests;

/// <summary>The control API's out-of-band registrations and subscriptions (seed, drift, delete) and the state dump.</summary>
public sealed class LmusControlTests
{
    [Fact]
    public async Task Registrations_are_seeded_drifted_and_deleted_out_of_band()
    {
        await using var emu = await TestEmulator.StartAsync();
        (await emu.ControlAsync("POST", "lmus/identity-providers", new JsonObject
        {
            ["directoryId"] = Scenarios.Directory, ["product"] = Product,
            ["subnets"] = new JsonArray("subnet-12345678"), ["securityGroupId"] = "sg-12345678",
        })).Ok();
        var seeded = await SingleRegistrationAsync(emu);
        Assert.Equal("REGISTERED", (string)seeded["Status"]!);
        Assert.Equal("""{"Subnets":["subnet-12345678"],"SecurityGroupId":"sg-12345678"}""", seeded["Settings"]!.ToJsonString());
        // Inventories of what a stack left behind (tests/programs/AwsIdentity.Harness/EmulatorInventory.cs) skip fixtures.
        await Scenarios.RegisterAsync(emu, product: "OFFICE_PROFESSIONAL_PLUS");
        var dumped = (await emu.ControlAsync("GET", "state")).Body["identityProviders"]!.AsArray();
        Assert.Equal([true, false], dumped.Select(p => (bool)p!["seeded"]!));
        (await emu.ControlAsync("POST", "lmus/delete-identity-provider",
            new JsonObject { ["directoryId"] = Scenarios.Directory, ["product"] = "OFFICE_PROFESSIONAL_PLUS" })).Ok();

        var selector = new JsonObject { ["directoryId"] = Scenarios.Directory, ["product"] = Product };
        var drift = (JsonObject)selector.DeepClone();
        drift["subnets"] = new JsonArray("subnet-aaaaaaaa", "subnet-bbbbbbbb");
        (await emu.ControlAsync("POST", "lmus/update-identity-provider", drift)).Ok();
        Assert.Equal("""["subnet-aaaaaaaa","subnet-bbbbbbbb"]""", (await SingleRegistrationAsync(emu))["Settings"]!["Subnets"]!.ToJsonString());
        Assert.Equal("sg-12345678", (string)(await SingleRegistrationAsync(emu))["Settings"]!["SecurityGroupId"]!);
        (await emu.ControlAsync("POST", "lmus/update-identity-provider",
            new JsonObject { ["identityProviderArn"] = (string)seeded["IdentityProviderArn"]!, ["status"] = "FAILED", ["failureMessage"] = "broken" })).Ok();
        Assert.Equal("broken", (string)(await SingleRegistrationAsync(emu))["FailureMessage"]!);

        (await emu.ControlAsync("POST", "lmus/delete-identity-provider", selector)).Ok();
        Assert.Empty((await emu.LmusAsync(ListProviders, "{}")).Ok().Body["IdentityProviderSummaries"]!.AsArray());
        (await emu.ControlAsync("POST", "lmus/delete-identity-provider", selector)).Error(404, null!);
        (await emu.ControlAsync("POST", "lmus/update-identity-provider", selector)).Error(404, null!);
        (await emu.ControlAsync("POST", "lmus/identity-providers", new JsonObject { ["directoryId"] = Scenarios.Directory, ["status"] = "REGISTERING" })).Ok();
        Assert.Equal("REGISTERING", (string)(await SingleRegistrationAsync(emu))["Status"]!);
    }

    [Fact]
    public async Task Subscriptions_are_seeded_stopped_and_removed_out_of_band_and_dumped()
    {
        await using var emu = await TestEmulator.StartAsync();
        (await emu.ControlAsync("POST", "lmus/identity-providers", new JsonObject { ["directoryId"] = Scenarios.Directory, ["product"] = Product })).Ok();
        var seed = new JsonObject { ["directoryId"] = Scenarios.Directory, ["product"] = Product, ["username"] = "alice" };
        (await emu.ControlAsync("POST", "lmus/subscriptions", seed)).Ok();
        (await emu.ControlAsync("POST", "lmus/subscriptions", new JsonObject { ["directoryId"] = Scenarios.Directory, ["product"] = Product, ["username"] = "bob", ["domain"] = "corp.example.com" })).Ok();
        Assert.Equal([("alice", "SUBSCRIBED"), ("bob", "SUBSCRIBED")], await ListedAsync(emu));
        (await emu.LmusAsync(Start, Subscription("alice"))).Error(400, "ConflictException");

        var stop = (JsonObject)seed.DeepClone();
        stop["mode"] = "stop";
        (await emu.ControlAsync("POST", "lmus/delete-subscription", stop)).Ok();
        var stopped = (await emu.LmusAsync(List, ListSubscriptions(filters: [Scenarios.Filter("Username", "alice")]))).Ok().Body["ProductUserSummaries"]![0]!;
        Assert.Equal("UNSUBSCRIBED", (string)stopped["Status"]!);
        Assert.NotNull(stopped["SubscriptionEndDate"]);
        var bobArn = (string)(await emu.LmusAsync(List, ListSubscriptions(filters: [Scenarios.Filter("Username", "bob")]))).Ok().Body["ProductUserSummaries"]![0]!["ProductUserArn"]!;
        (await emu.ControlAsync("POST", "lmus/delete-subscription", new JsonObject { ["productUserArn"] = bobArn })).Ok();
        Assert.Equal([("alice", "UNSUBSCRIBED")], await ListedAsync(emu));
        (await emu.ControlAsync("POST", "lmus/delete-subscription", new JsonObject { ["productUserArn"] = bobArn })).Error(404, null!);
        (await emu.ControlAsync("POST", "lmus/delete-subscription", new JsonObject { ["username"] = "x" })).Error(400, null!);

        (await emu.ControlAsync("POST", "lmus/fail-next-subscription", "{}")).Ok();
        var state = (await emu.ControlAsync("GET", "state")).Body;
        var dumped = Assert.Single(state["subscriptions"]!.AsArray())!;
        Assert.Equal("UNSUBSCRIBED", (string)dumped["status"]!);
        Assert.Equal("alice", (string)dumped["username"]!);
        Assert.Single(state["pendingSubscriptionFailures"]!.AsArray());
        (await emu.ControlAsync("POST", "reset")).Ok();
        state = (await emu.ControlAsync("GET", "state")).Body;
        Assert.Empty(state["subscriptions"]!.AsArray());
        Assert.Empty(state["pendingSubscriptionFailures"]!.AsArray());
    }

    [Fact]
    public async Task Queued_faults_hit_the_new_operations_without_touching_state()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.RegisterAsync(emu);
        (await emu.ControlAsync("POST", "faults/next", """{"operation":"StartProductSubscription","errorCode":"ThrottlingException","httpStatus":429}""")).Ok();
        (await emu.ControlAsync("POST", "faults/next", """{"operation":"UpdateIdentityProviderSettings","errorCode":"InternalServerException","httpStatus":500}""")).Ok();
        (await emu.LmusAsync(Start, Subscription("alice"))).Error(429, "ThrottlingException");
        Assert.Empty(await ListedAsync(emu));
        (await emu.LmusAsync(Update, UpdateSettings(["subnet-87654321"], []))).Error(500, "InternalServerException");
        Assert.Equal("""["subnet-12345678"]""", (await SingleRegistrationAsync(emu))["Settings"]!["Subnets"]!.ToJsonString());
        (await emu.LmusAsync(Start, Subscription("alice"))).Ok();
        var stats = (await emu.ControlAsync("GET", "stats")).Body;
        Assert.Equal(2, (int)stats["byService"]!["lmus"]!["StartProductSubscription"]!);
    }
}
