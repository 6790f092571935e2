using System.Text.Json.Nodes;
using AwsIdentity.Emulator.Tests.Infrastructure;
using static AwsIdentity.Emulator.Tests.Infrastructure.LmusScenarios;

namespace AwsIdentity.Emulator.Tests;

/// <summary>StartProductSubscription, StopProductSubscription, ListProductSubscriptions, and AssociateUser's need for one.</summary>
public sealed class LmusSubscriptionTests
{
    [Fact]
    public async Task Start_then_stop_walks_the_statuses_and_the_stopped_subscription_stays_listed()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.RegisterAsync(emu);
        var body = Subscription("alice", domain: "corp.example.com");
        body["Tags"] = new JsonObject { ["team"] = "a" };
        var started = (await emu.LmusAsync(Start, body)).Ok().Body["ProductUserSummary"]!;
        Assert.Equal("PENDING", (string)started["Status"]!);
        Assert.NotNull(started["SubscriptionStartDate"]);
        Assert.Null(started["SubscriptionEndDate"]);
        var arn = (string)started["ProductUserArn"]!;
        Assert.Matches("^arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:product-user/[0-9a-f-]{36}$", arn);
        var conflict = (await emu.LmusAsync(Start, Subscription("ALICE", domain: "corp.example.com"))).Error(400, "ConflictException");
        Assert.Contains("PENDING", conflict.Message);
        (await emu.LmusAsync(Stop, new JsonObject { ["ProductUserArn"] = arn })).Error(400, "ConflictException");

        emu.Settle();
        Assert.Equal([("alice", "SUBSCRIBED")], await ListedAsync(emu));
        Assert.Equal("a", (string)(await emu.LmusAsync("/tags/" + Uri.EscapeDataString(arn), null, "GET")).Ok().Body["Tags"]!["team"]!);
        var stopping = (await emu.LmusAsync(Stop, Subscription("alice", domain: "corp.example.com"))).Ok().Body["ProductUserSummary"]!;
        Assert.Equal("UNSUBSCRIBING", (string)stopping["Status"]!);
        emu.Settle();
        var listed = Assert.Single((await emu.LmusAsync(List, ListSubscriptions())).Ok().Body["ProductUserSummaries"]!.AsArray())!;
        Assert.Equal("UNSUBSCRIBED", (string)listed["Status"]!);
        Assert.Equal(arn, (string)listed["ProductUserArn"]!);
        Assert.NotNull(listed["SubscriptionEndDate"]);
        (await emu.LmusAsync(Stop, new JsonObject { ["ProductUserArn"] = arn })).Error(404, "ResourceNotFoundException");
        (await emu.LmusAsync(Stop, Subscription("alice", domain: "corp.example.com"))).Error(404, "ResourceNotFoundException");

        var again = (await emu.LmusAsync(Start, Subscription("alice", domain: "corp.example.com"))).Ok().Body["ProductUserSummary"]!;
        Assert.NotEqual(arn, (string)again["ProductUserArn"]!);
        Assert.Equal([("alice", "PENDING")], await ListedAsync(emu));
        (await emu.LmusAsync("/tags/" + Uri.EscapeDataString(arn), null, "GET")).Error(404, "ResourceNotFoundException");
    }

    [Fact]
    public async Task Start_needs_the_directory_registered_for_that_product()
    {
        await using var emu = await TestEmulator.StartAsync();
        var missing = (await emu.LmusAsync(Start, Subscription("alice"))).Error(404, "ResourceNotFoundException");
        Assert.Equal("Identity provider d-1234567890 is not registered for product VISUAL_STUDIO_ENTERPRISE.", missing.Message);
        await Scenarios.RegisterAsync(emu, product: "OFFICE_PROFESSIONAL_PLUS");
        (await emu.LmusAsync(Start, Subscription("alice"))).Error(404, "ResourceNotFoundException");
        (await emu.LmusAsync(List, ListSubscriptions(product: Product))).Error(404, "ResourceNotFoundException");
        (await emu.LmusAsync(Start, Subscription("alice", product: "OFFICE_PROFESSIONAL_PLUS"))).Ok();
        (await emu.LmusAsync(Start, Subscription(""))).Error(400, "ValidationException");
        (await emu.LmusAsync(Stop, new JsonObject { ["Username"] = "alice" })).Error(400, "ValidationException");
        (await emu.LmusAsync(List, "{}")).Error(400, "ValidationException");
    }

    [Fact]
    public async Task List_filters_by_product_and_attributes_and_paginates()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.RegisterAsync(emu);
        await Scenarios.RegisterAsync(emu, product: "REMOTE_DESKTOP_SERVICES");
        (await emu.LmusAsync(Start, Subscription("u1", domain: "corp.example.com"))).Ok();
        (await emu.LmusAsync(Start, Subscription("u2", domain: "corp.example.com"))).Ok();
        (await emu.LmusAsync(Start, Subscription("u3", product: "REMOTE_DESKTOP_SERVICES", domain: "other.example.com"))).Ok();
        emu.Settle();
        (await emu.LmusAsync(Stop, Subscription("u2", domain: "corp.example.com"))).Ok();
        Assert.Equal(3, (await ListedAsync(emu)).Count);
        Assert.Equal([("u1", "SUBSCRIBED"), ("u2", "UNSUBSCRIBING")], await ListedAsync(emu, ListSubscriptions(product: Product)));
        Assert.Equal([("u2", "UNSUBSCRIBING")], await ListedAsync(emu, ListSubscriptions(filters: [Scenarios.Filter("Status", "UNSUBSCRIBING")])));
        Assert.Equal([("u3", "SUBSCRIBED")], await ListedAsync(emu, ListSubscriptions(filters: [Scenarios.Filter("Domain", "other.example.com")])));
        Assert.Equal([("u1", "SUBSCRIBED")], await ListedAsync(emu, ListSubscriptions(filters: [Scenarios.Filter("Username", "U1")])));
        (await emu.LmusAsync(List, ListSubscriptions(filters: [Scenarios.Filter("Color", "red")]))).Error(400, "ValidationException");

        var first = (await emu.LmusAsync(List, ListSubscriptions(max: 2))).Ok().Body;
        Assert.Equal(2, first["ProductUserSummaries"]!.AsArray().Count);
        var second = (await emu.LmusAsync(List, ListSubscriptions(max: 2, next: (string)first["NextToken"]!))).Ok().Body;
        Assert.Single(second["ProductUserSummaries"]!.AsArray());
        Assert.Null(second["NextToken"]);
        (await emu.LmusAsync(List, ListSubscriptions(next: "bogus"))).Error(400, "ValidationException");
        (await emu.LmusAsync(List, ListSubscriptions(max: 0))).Error(400, "ValidationException");
    }

    [Fact]
    public async Task Fail_next_subscription_ends_failed_with_a_message_and_may_be_started_again()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.RegisterAsync(emu);
        (await emu.ControlAsync("POST", "lmus/fail-next-subscription", """{"statusMessage":"User not found in directory"}""")).Ok();
        await SubscribeAsync(emu, "alice");
        var failed = Assert.Single((await emu.LmusAsync(List, ListSubscriptions())).Ok().Body["ProductUserSummaries"]!.AsArray())!;
        Assert.Equal("FAILED", (string)failed["Status"]!);
        Assert.Equal("User not found in directory", (string)failed["StatusMessage"]!);
        (await emu.LmusAsync("/user/AssociateUser", Scenarios.User("alice"))).Error(400, "ConflictException");
        (await emu.LmusAsync(Deregister, Registration())).Ok();
        emu.Settle();
        await Scenarios.RegisterAsync(emu);
        await SubscribeAsync(emu, "alice");
        Assert.Equal([("alice", "SUBSCRIBED")], await ListedAsync(emu));
    }

    [Fact]
    public async Task Associate_needs_a_subscription_on_directories_registered_through_the_api()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.RegisterAsync(emu);
        var refused = (await emu.LmusAsync("/user/AssociateUser", Scenarios.User("alice"))).Error(400, "ConflictException");
        Assert.Contains("no active product subscription", refused.Message);
        (await emu.LmusAsync(Start, Subscription("alice"))).Ok();
        (await emu.LmusAsync("/user/AssociateUser", Scenarios.User("alice"))).Error(400, "ConflictException");
        emu.Settle();
        (await emu.LmusAsync("/user/AssociateUser", Scenarios.User("alice", domain: "corp.example.com"))).Ok();

        // A seeded registration (the demo's and older tests' setup) asks for no subscription unless told to.
        (await emu.ControlAsync("POST", "lmus/identity-providers", new JsonObject { ["directoryId"] = "d-2222222222" })).Ok();
        (await emu.LmusAsync("/user/AssociateUser", UserOn("d-2222222222", "bob"))).Ok();
        (await emu.ControlAsync("POST", "lmus/identity-providers", new JsonObject { ["directoryId"] = "d-3333333333", ["requireSubscription"] = true })).Ok();
        (await emu.LmusAsync("/user/AssociateUser", UserOn("d-3333333333", "bob"))).Error(400, "ConflictException");
    }

    [Fact]
    public async Task Tags_on_the_product_user_arn()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.RegisterAsync(emu);
        var arn = (string)(await emu.LmusAsync(Start, Subscription("alice"))).Ok().Body["ProductUserSummary"]!["ProductUserArn"]!;
        var path = "/tags/" + Uri.EscapeDataString(arn);
        (await emu.LmusAsync(path, new JsonObject { ["Tags"] = new JsonObject { ["a"] = "1", ["b"] = "2" } }, "PUT")).Ok();
        (await emu.LmusAsync(path + "?tagKeys=a", null, "DELETE")).Ok();
        Assert.Equal("""{"b":"2"}""", (await emu.LmusAsync(path, null, "GET")).Ok().Body["Tags"]!.ToJsonString());
    }

    private static JsonObject UserOn(string directory, string username)
    {
        var body = Scenarios.User(username);
        body["IdentityProvider"] = Scenarios.IdentityProvider(directory);
        return body;
    }
}
