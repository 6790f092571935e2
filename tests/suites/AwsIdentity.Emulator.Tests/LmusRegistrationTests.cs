using System.Text.Json.Nodes;
using AwsIdentity.Emulator.Tests.Infrastructure;
using static AwsIdentity.Emulator.Tests.Infrastructure.LmusScenarios;

namespace AwsIdentity.Emulator.Tests;

/// <summary>RegisterIdentityProvider, UpdateIdentityProviderSettings, DeregisterIdentityProvider, ListIdentityProviders.</summary>
public sealed class LmusRegistrationTests
{
    [Fact]
    public async Task Register_is_asynchronous_fills_in_settings_and_lists_with_filters()
    {
        await using var emu = await TestEmulator.StartAsync();
        var body = Registration();
        body["Tags"] = new JsonObject { ["team"] = "a" };
        var summary = (await emu.LmusAsync(Register, body)).Ok().Body["IdentityProviderSummary"]!;
        Assert.Equal("REGISTERING", (string)summary["Status"]!);
        Assert.Equal("123456789012", (string)summary["OwnerAccountId"]!);
        Assert.Equal("""{"Subnets":["subnet-0a1b2c3d4e5f60001","subnet-0a1b2c3d4e5f60002"],"SecurityGroupId":"sg-0a1b2c3d4e5f60003"}""",
            summary["Settings"]!.ToJsonString());
        var arn = (string)summary["IdentityProviderArn"]!;
        Assert.Matches("^arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:identity-provider/[0-9a-f-]{36}$", arn);
        (await emu.LmusAsync(Register, Registration())).Error(400, "ConflictException");
        (await emu.LmusAsync(Start, Subscription("alice"))).Error(404, "ResourceNotFoundException");
        Assert.Equal("REGISTERING", (string)(await SingleRegistrationAsync(emu))["Status"]!);

        emu.Settle();
        Assert.Equal("REGISTERED", (string)(await SingleRegistrationAsync(emu))["Status"]!);
        Assert.Equal("a", (string)(await emu.LmusAsync("/tags/" + Uri.EscapeDataString(arn), null, "GET")).Ok().Body["Tags"]!["team"]!);
        await Scenarios.RegisterAsync(emu, product: "OFFICE_PROFESSIONAL_PLUS");
        await Scenarios.RegisterAsync(emu, directory: "d-2222222222");
        Assert.Equal(3, await CountAsync(emu, null));
        Assert.Equal(2, await CountAsync(emu, Scenarios.Filter("Product", Product)));
        Assert.Equal(1, await CountAsync(emu, Scenarios.Filter("DirectoryId", "d-2222222222")));
        var first = (await emu.LmusAsync(ListProviders, new JsonObject { ["MaxResults"] = 2 })).Ok().Body;
        Assert.Equal(2, first["IdentityProviderSummaries"]!.AsArray().Count);
        var rest = (await emu.LmusAsync(ListProviders, new JsonObject { ["NextToken"] = (string)first["NextToken"]! })).Ok().Body;
        Assert.Single(rest["IdentityProviderSummaries"]!.AsArray());
        (await emu.LmusAsync(ListProviders, new JsonObject { ["Filters"] = new JsonArray(Scenarios.Filter("Color", "red")) })).Error(400, "ValidationException");
    }

    [Fact]
    public async Task Update_settings_adds_and_removes_subnets_and_refuses_what_it_cannot_do()
    {
        await using var emu = await TestEmulator.StartAsync();
        (await emu.LmusAsync(Update, UpdateSettings(["subnet-87654321"], []))).Error(400, "ValidationException");
        await Scenarios.RegisterAsync(emu);
        var settings = (await emu.LmusAsync(Update, UpdateSettings(["subnet-87654321"], ["subnet-12345678"], "sg-87654321"))).Ok()
            .Body["IdentityProviderSummary"]!["Settings"]!;
        Assert.Equal("""{"Subnets":["subnet-87654321"],"SecurityGroupId":"sg-87654321"}""", settings.ToJsonString());
        (await emu.LmusAsync(Update, UpdateSettings(["subnet-aaaaaaaa", "subnet-87654321"], []))).Ok();
        Assert.Equal("""["subnet-87654321","subnet-aaaaaaaa"]""", (await SingleRegistrationAsync(emu))["Settings"]!["Subnets"]!.ToJsonString());

        var absent = (await emu.LmusAsync(Update, UpdateSettings([], ["subnet-12345678"]))).Error(400, "ValidationException");
        Assert.Contains("subnet-12345678", absent.Message);
        var none = (await emu.LmusAsync(Update, UpdateSettings([], ["subnet-87654321", "subnet-aaaaaaaa"]))).Error(400, "ValidationException");
        Assert.Contains("at least one subnet", none.Message);
        (await emu.LmusAsync(Update, UpdateSettings(["not-a-subnet"], []))).Error(400, "ValidationException");
        var byArn = new JsonObject
        {
            ["IdentityProviderArn"] = "arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:identity-provider/nope",
            ["UpdateSettings"] = UpdateSettings([], [])["UpdateSettings"]!.DeepClone(),
        };
        (await emu.LmusAsync(Update, byArn)).Error(400, "ValidationException");
        Assert.Equal("""["subnet-87654321","subnet-aaaaaaaa"]""", (await SingleRegistrationAsync(emu))["Settings"]!["Subnets"]!.ToJsonString());
    }

    [Fact]
    public async Task Deregister_is_refused_while_users_remain_then_is_asynchronous()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.RegisterAsync(emu);
        await SubscribeAsync(emu, "alice");
        (await emu.LmusAsync("/user/AssociateUser", Scenarios.User("alice"))).Ok();
        emu.Settle();
        var refused = (await emu.LmusAsync(Deregister, Registration())).Error(400, "ConflictException");
        Assert.Equal("Identity provider d-1234567890 still has subscribed users for product VISUAL_STUDIO_ENTERPRISE (alice) and " +
            "users associated with instances (alice); disassociate the users and stop their product subscriptions before deregistering.", refused.Message);
        // AWS wants the user disassociated before the subscription stops.
        (await emu.LmusAsync(Stop, Subscription("alice"))).Error(400, "ConflictException");
        (await emu.LmusAsync("/user/DisassociateUser", Scenarios.User("alice"))).Ok();
        emu.Settle();
        Assert.DoesNotContain("associated", (await emu.LmusAsync(Deregister, Registration())).Error(400, "ConflictException").Message);
        Assert.Equal("UNSUBSCRIBING", (string)(await emu.LmusAsync(Stop, Subscription("alice"))).Ok().Body["ProductUserSummary"]!["Status"]!);
        (await emu.LmusAsync(Deregister, Registration())).Error(400, "ConflictException");
        emu.Settle();

        var summary = (await emu.LmusAsync(Deregister, Registration())).Ok().Body["IdentityProviderSummary"]!;
        Assert.Equal("DEREGISTERING", (string)summary["Status"]!);
        (await emu.LmusAsync(Deregister, new JsonObject { ["IdentityProviderArn"] = (string)summary["IdentityProviderArn"]! })).Error(400, "ConflictException");
        emu.Settle();
        Assert.Empty((await emu.LmusAsync(ListProviders, "{}")).Ok().Body["IdentityProviderSummaries"]!.AsArray());
        (await emu.LmusAsync(Deregister, Registration())).Error(404, "ResourceNotFoundException");
        (await emu.LmusAsync(Deregister, "{}")).Error(400, "ValidationException");
    }

    [Fact]
    public async Task Fail_next_registration_ends_failed_with_a_message_and_may_be_registered_again()
    {
        await using var emu = await TestEmulator.StartAsync();
        (await emu.ControlAsync("POST", "lmus/fail-next-registration", """{"failureMessage":"Directory unreachable"}""")).Ok();
        Assert.Single((await emu.ControlAsync("GET", "state")).Body["pendingRegistrationFailures"]!.AsArray());
        await Scenarios.RegisterAsync(emu);
        var failed = await SingleRegistrationAsync(emu);
        Assert.Equal("FAILED", (string)failed["Status"]!);
        Assert.Equal("Directory unreachable", (string)failed["FailureMessage"]!);
        (await emu.LmusAsync(Start, Subscription("alice"))).Error(404, "ResourceNotFoundException");
        await Scenarios.RegisterAsync(emu);
        var registered = await SingleRegistrationAsync(emu);
        Assert.Equal("REGISTERED", (string)registered["Status"]!);
        Assert.Null(registered["FailureMessage"]);
    }

    private static async Task<int> CountAsync(TestEmulator emu, JsonObject? filter)
    {
        var body = filter is null ? new JsonObject() : new JsonObject { ["Filters"] = new JsonArray(filter) };
        return (await emu.LmusAsync(ListProviders, body)).Ok().Body["IdentityProviderSummaries"]!.AsArray().Count;
    }
}
