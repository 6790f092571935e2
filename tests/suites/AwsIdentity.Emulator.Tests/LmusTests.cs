using System.Text.Json.Nodes;
using AwsIdentity.Emulator.Tests.Infrastructure;

namespace AwsIdentity.Emulator.Tests;

public sealed class LmusTests
{
    private const string Associate = "/user/AssociateUser";
    private const string Disassociate = "/user/DisassociateUser";
    private const string List = "/user/ListUserAssociations";

    [Fact]
    public async Task Identity_providers_register_list_and_deregister()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.RegisterAsync(emu);
        var again = new JsonObject { ["IdentityProvider"] = Scenarios.IdentityProvider(), ["Product"] = "VISUAL_STUDIO_ENTERPRISE" };
        (await emu.LmusAsync("/identity-provider/RegisterIdentityProvider", again)).Error(400, "ConflictException");
        var list = (await emu.LmusAsync("/identity-provider/ListIdentityProviders", "{}")).Ok().Body["IdentityProviderSummaries"]!.AsArray();
        var summary = Assert.Single(list)!;
        Assert.Equal("REGISTERED", (string)summary["Status"]!);
        Assert.StartsWith("arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:identity-provider/", (string)summary["IdentityProviderArn"]!);
        Assert.Equal("DEREGISTERING", (string)(await emu.LmusAsync("/identity-provider/DeregisterIdentityProvider", again)).Ok().Body["IdentityProviderSummary"]!["Status"]!);
        (await emu.LmusAsync("/identity-provider/DeregisterIdentityProvider", again)).Error(400, "ConflictException");
        emu.Settle();
        (await emu.LmusAsync("/identity-provider/DeregisterIdentityProvider", again)).Error(404, "ResourceNotFoundException");
        Assert.Empty((await emu.LmusAsync("/identity-provider/ListIdentityProviders", "{}")).Ok().Body["IdentityProviderSummaries"]!.AsArray());
    }

    [Fact]
    public async Task Associate_then_disassociate_walks_the_statuses()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.RegisterAsync(emu);
        await LmusScenarios.SubscribeAsync(emu, "alice");
        var body = Scenarios.User("alice", domain: "corp.example.com");
        body["Tags"] = new JsonObject { ["team"] = "a" };
        var user = (await emu.LmusAsync(Associate, body)).Ok().Body["InstanceUserSummary"]!;
        Assert.Equal("ASSOCIATING", (string)user["Status"]!);
        var arn = (string)user["InstanceUserArn"]!;
        Assert.Matches("^arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:instance-user/[0-9a-f-]{36}$", arn);
        (await emu.LmusAsync(Associate, Scenarios.User("ALICE", domain: "corp.example.com"))).Error(400, "ConflictException");
        (await emu.LmusAsync(Disassociate, new JsonObject { ["InstanceUserArn"] = arn })).Error(400, "ConflictException");

        emu.Settle();
        var listed = Assert.Single((await emu.LmusAsync(List, Scenarios.ListUsers())).Ok().Body["InstanceUserSummaries"]!.AsArray())!;
        Assert.Equal("ASSOCIATED", (string)listed["Status"]!);
        Assert.NotNull(listed["AssociationDate"]);
        Assert.Equal("a", (string)(await emu.LmusAsync("/tags/" + Uri.EscapeDataString(arn), null, "GET")).Ok().Body["Tags"]!["team"]!);

        var byName = Scenarios.User("alice", domain: "corp.example.com");
        Assert.Equal("DISASSOCIATING", (string)(await emu.LmusAsync(Disassociate, byName)).Ok().Body["InstanceUserSummary"]!["Status"]!);
        emu.Settle();
        listed = Assert.Single((await emu.LmusAsync(List, Scenarios.ListUsers())).Ok().Body["InstanceUserSummaries"]!.AsArray())!;
        Assert.Equal("DISASSOCIATED", (string)listed["Status"]!);
        Assert.NotNull(listed["DisassociationDate"]);
        (await emu.LmusAsync(Disassociate, new JsonObject { ["InstanceUserArn"] = arn })).Error(404, "ResourceNotFoundException");

        var again = (await emu.LmusAsync(Associate, Scenarios.User("alice", domain: "corp.example.com"))).Ok().Body["InstanceUserSummary"]!;
        Assert.NotEqual(arn, (string)again["InstanceUserArn"]!);
    }

    [Fact]
    public async Task List_filters_and_paginates()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.RegisterAsync(emu);
        await LmusScenarios.SubscribeAsync(emu, "u1", "u2", "u3");
        foreach (var name in new[] { "u1", "u2", "u3" })
        {
            (await emu.LmusAsync(Associate, Scenarios.User(name, domain: name == "u3" ? "other.example.com" : "corp.example.com"))).Ok();
        }

        emu.Settle();
        (await emu.LmusAsync(Disassociate, Scenarios.User("u2", domain: "corp.example.com"))).Ok();
        Names(await emu.LmusAsync(List, Scenarios.ListUsers(filters: [Scenarios.Filter("Username", "U1")])), "u1");
        Names(await emu.LmusAsync(List, Scenarios.ListUsers(filters: [Scenarios.Filter("Status", "DISASSOCIATING")])), "u2");
        Names(await emu.LmusAsync(List, Scenarios.ListUsers(filters: [Scenarios.Filter("Domain", "corp.example.com"), Scenarios.Filter("Status", "ASSOCIATED")])), "u1");
        (await emu.LmusAsync(List, Scenarios.ListUsers(filters: [Scenarios.Filter("Color", "red")]))).Error(400, "ValidationException");

        var first = (await emu.LmusAsync(List, Scenarios.ListUsers(max: 2))).Ok().Body;
        Assert.Equal(2, first["InstanceUserSummaries"]!.AsArray().Count);
        var second = (await emu.LmusAsync(List, Scenarios.ListUsers(max: 2, next: (string)first["NextToken"]!))).Ok().Body;
        Assert.Single(second["InstanceUserSummaries"]!.AsArray());
        Assert.Null(second["NextToken"]);
        (await emu.LmusAsync(List, Scenarios.ListUsers(next: "bogus"))).Error(400, "ValidationException");
        (await emu.LmusAsync(List, Scenarios.ListUsers(max: 0))).Error(400, "ValidationException");
        Assert.Single((await emu.LmusAsync("/instance/ListInstances", "{}")).Ok().Body["InstanceSummaries"]!.AsArray());
    }

    [Fact]
    public async Task Documented_errors()
    {
        await using var emu = await TestEmulator.StartAsync();
        (await emu.LmusAsync(Associate, Scenarios.User("alice"))).Error(404, "ResourceNotFoundException");
        (await emu.LmusAsync(List, Scenarios.ListUsers())).Error(404, "ResourceNotFoundException");
        await Scenarios.RegisterAsync(emu);
        await LmusScenarios.SubscribeAsync(emu, "alice", "bob");
        var bad = (await emu.LmusAsync(Associate, Scenarios.User("alice", instance: "i-xyz"))).Error(400, "ValidationException");
        Assert.Contains("'InstanceId'", bad.Message);
        Assert.Contains("i-0123abcd", (await emu.LmusAsync(Associate, Scenarios.User("alice", instance: "i-0123abcd"))).Ok().Body.ToJsonString());
        (await emu.ControlAsync("POST", "lmus/instances", """{"instanceId":"i-0123456789abcdef0","notFound":true}""")).Ok();
        (await emu.LmusAsync(Associate, Scenarios.User("bob"))).Error(404, "ResourceNotFoundException");
        (await emu.LmusAsync(Disassociate, "{}")).Error(400, "ValidationException");
        var noDir = new JsonObject { ["Username"] = "x", ["InstanceId"] = Scenarios.Instance, ["IdentityProvider"] = new JsonObject() };
        (await emu.LmusAsync(Associate, noDir)).Error(400, "ValidationException");
    }

    [Fact]
    public async Task Fail_next_association_ends_in_a_failure_status_with_message()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.RegisterAsync(emu);
        await LmusScenarios.SubscribeAsync(emu, "alice");
        (await emu.ControlAsync("POST", "lmus/fail-next-association", """{"statusMessage":"Directory unreachable"}""")).Ok();
        (await emu.LmusAsync(Associate, Scenarios.User("alice"))).Ok();
        emu.Settle();
        var user = Assert.Single((await emu.LmusAsync(List, Scenarios.ListUsers())).Ok().Body["InstanceUserSummaries"]!.AsArray())!;
        Assert.Equal("FAILED", (string)user["Status"]!);
        Assert.Equal("Directory unreachable", (string)user["StatusMessage"]!);
        (await emu.LmusAsync(Associate, Scenarios.User("alice"))).Ok();
    }

    [Fact]
    public async Task Tags_on_the_instance_user_arn()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.RegisterAsync(emu);
        await LmusScenarios.SubscribeAsync(emu, "alice");
        var arn = (string)(await emu.LmusAsync(Associate, Scenarios.User("alice"))).Ok().Body["InstanceUserSummary"]!["InstanceUserArn"]!;
        var path = "/tags/" + Uri.EscapeDataString(arn);
        (await emu.LmusAsync(path, new JsonObject { ["Tags"] = new JsonObject { ["a"] = "1", ["b"] = "2" } }, "PUT")).Ok();
        (await emu.LmusAsync(path + "?tagKeys=a", null, "DELETE")).Ok();
        Assert.Equal("""{"b":"2"}""", (await emu.LmusAsync(path, null, "GET")).Ok().Body["Tags"]!.ToJsonString());
        var unknown = "/tags/" + Uri.EscapeDataString("arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:instance-user/nope");
        (await emu.LmusAsync(unknown, null, "GET")).Error(404, "ResourceNotFoundException");
    }

    private static void Names(AwsReply reply, params string[] expected) =>
        Assert.Equal(expected, reply.Ok().Body["InstanceUserSummaries"]!.AsArray().Select(u => (string)u!["Username"]!));
}
