using System.Text.Json.Nodes;
using AwsIdentity.Emulator.Tests.Infrastructure;

namespace AwsIdentity.Emulator.Tests;

public sealed class EksIdentityProviderTests
{
    private const string Base = "/clusters/demo/identity-provider-configs";

    [Fact]
    public async Task Associate_runs_an_update_to_successful_and_the_config_to_active()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.ActiveClusterAsync(emu);
        var reply = (await emu.EksAsync("POST", $"{Base}/associate", Scenarios.Associate(tags: new JsonObject { ["env"] = "dev" }))).Ok().Body;
        var update = reply["update"]!;
        Assert.Equal("InProgress", (string)update["status"]!);
        Assert.Equal("AssociateIdentityProviderConfig", (string)update["type"]!);
        Assert.Equal("IdentityProviderConfig", (string)update["params"]![0]!["type"]!);
        Assert.Empty(update["errors"]!.AsArray());
        Assert.Equal("dev", (string)reply["tags"]!["env"]!);

        var config = (await emu.EksAsync("POST", $"{Base}/describe", Scenarios.ConfigRef())).Ok().Body["identityProviderConfig"]!["oidc"]!;
        Assert.Equal("CREATING", (string)config["status"]!);
        var arn = (string)config["identityProviderConfigArn"]!;
        Assert.Matches("^arn:aws:eks:us-east-1:123456789012:identityproviderconfig/demo/oidc/corp/[0-9a-f-]{36}$", arn);
        Assert.Equal("groups", (string)config["groupsClaim"]!);
        Assert.Equal("kubernetes", (string)config["requiredClaims"]!["aud"]!);

        emu.Settle();
        var id = (string)update["id"]!;
        Assert.Equal("Successful", (string)(await emu.EksAsync("GET", $"/clusters/demo/updates/{id}")).Ok().Body["update"]!["status"]!);
        config = (await emu.EksAsync("POST", $"{Base}/describe", Scenarios.ConfigRef())).Ok().Body["identityProviderConfig"]!["oidc"]!;
        Assert.Equal("ACTIVE", (string)config["status"]!);
        var tags = (await emu.EksAsync("GET", "/tags/" + Uri.EscapeDataString(arn))).Ok().Body["tags"]!;
        Assert.Equal("dev", (string)tags["env"]!);
        var list = (await emu.EksAsync("GET", Base)).Ok().Body["identityProviderConfigs"]!.AsArray();
        Assert.Equal("""[{"type":"oidc","name":"corp"}]""", list.ToJsonString());
    }

    [Fact]
    public async Task One_update_at_a_time_and_one_oidc_config_per_cluster()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.ActiveClusterAsync(emu);
        var id = (string)(await emu.EksAsync("POST", $"{Base}/associate", Scenarios.Associate())).Ok().Body["update"]!["id"]!;
        var busy = (await emu.EksAsync("POST", $"{Base}/associate", Scenarios.Associate("other"))).Error(409, "ResourceInUseException");
        Assert.Equal($"Cannot AssociateIdentityProviderConfig because cluster demo currently has update {id} in progress", busy.Message);
        (await emu.EksAsync("POST", $"{Base}/disassociate", Scenarios.ConfigRef())).Error(409, "ResourceInUseException");

        emu.Settle();
        (await emu.EksAsync("POST", $"{Base}/associate", Scenarios.Associate("other"))).Error(400, "InvalidRequestException");
        (await emu.EksAsync("POST", $"{Base}/associate", Scenarios.Associate())).Error(400, "InvalidRequestException");
    }

    [Fact]
    public async Task Client_request_token_makes_associate_idempotent()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.ActiveClusterAsync(emu);
        var first = (await emu.EksAsync("POST", $"{Base}/associate", Scenarios.Associate(token: "t-1"))).Ok().Body["update"]!;
        var again = (await emu.EksAsync("POST", $"{Base}/associate", Scenarios.Associate(token: "t-1"))).Ok().Body["update"]!;
        Assert.Equal((string)first["id"]!, (string)again["id"]!);
        (await emu.EksAsync("POST", $"{Base}/associate", Scenarios.Associate("x", token: "t-1"))).Error(400, "InvalidRequestException");
        Assert.Single((await emu.EksAsync("GET", "/clusters/demo/updates")).Ok().Body["updateIds"]!.AsArray());
    }

    [Fact]
    public async Task Disassociate_removes_the_config_after_the_update()
    {
        await using var emu = await TestEmulator.StartAsync();
        var arn = await Scenarios.ActiveConfigAsync(emu);
        var update = (await emu.EksAsync("POST", $"{Base}/disassociate", Scenarios.ConfigRef())).Ok().Body["update"]!;
        Assert.Equal("DisassociateIdentityProviderConfig", (string)update["type"]!);
        var config = (await emu.EksAsync("POST", $"{Base}/describe", Scenarios.ConfigRef())).Ok().Body["identityProviderConfig"]!["oidc"]!;
        Assert.Equal("DELETING", (string)config["status"]!);
        emu.Settle();
        (await emu.EksAsync("POST", $"{Base}/describe", Scenarios.ConfigRef())).Error(404, "ResourceNotFoundException");
        var gone = (await emu.EksAsync("POST", $"{Base}/disassociate", Scenarios.ConfigRef())).Error(400, "InvalidRequestException");
        Assert.Contains("is not associated with cluster demo", gone.Message);
        (await emu.EksAsync("GET", "/tags/" + Uri.EscapeDataString(arn))).Error(404, "NotFoundException");
        Assert.Empty((await emu.EksAsync("GET", Base)).Ok().Body["identityProviderConfigs"]!.AsArray());
    }

    [Fact]
    public async Task Updates_list_paginates_and_unknown_ids_are_not_found()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.ActiveConfigAsync(emu);
        (await emu.EksAsync("POST", $"{Base}/disassociate", Scenarios.ConfigRef())).Ok();
        emu.Settle();
        (await emu.EksAsync("POST", $"{Base}/associate", Scenarios.Associate())).Ok();
        var page = (await emu.EksAsync("GET", "/clusters/demo/updates?maxResults=2")).Ok().Body;
        Assert.Equal(2, page["updateIds"]!.AsArray().Count);
        var rest = (await emu.EksAsync("GET", $"/clusters/demo/updates?maxResults=2&nextToken={Uri.EscapeDataString((string)page["nextToken"]!)}")).Ok().Body;
        Assert.Single(rest["updateIds"]!.AsArray());
        (await emu.EksAsync("GET", "/clusters/demo/updates/nope")).Error(404, "ResourceNotFoundException");
        (await emu.EksAsync("GET", "/clusters/other/updates")).Error(404, "ResourceNotFoundException");
        var configs = (await emu.EksAsync("GET", $"{Base}?maxResults=1")).Ok().Body;
        Assert.Single(configs["identityProviderConfigs"]!.AsArray());
        Assert.Null(configs["nextToken"]);
    }

    [Theory]
    [InlineData("http://issuer.example.com")]
    [InlineData("https://issuer.example.com?x=1")]
    [InlineData("not a url")]
    public async Task Bad_issuer_urls_are_invalid_parameters(string issuer)
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.ActiveClusterAsync(emu);
        var body = Scenarios.Associate();
        body["oidc"]!["issuerUrl"] = issuer;
        (await emu.EksAsync("POST", $"{Base}/associate", body)).Error(400, "InvalidParameterException");
        Assert.Empty((await emu.EksAsync("GET", Base)).Ok().Body["identityProviderConfigs"]!.AsArray());
    }

    [Fact]
    public async Task Unknown_cluster_config_and_type_are_rejected()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.ActiveClusterAsync(emu);
        (await emu.EksAsync("POST", "/clusters/nope/identity-provider-configs/associate", Scenarios.Associate())).Error(404, "ResourceNotFoundException");
        (await emu.EksAsync("POST", $"{Base}/describe", Scenarios.ConfigRef("nope"))).Error(404, "ResourceNotFoundException");
        var wrongType = new JsonObject { ["identityProviderConfig"] = new JsonObject { ["type"] = "saml", ["name"] = "corp" } };
        (await emu.EksAsync("POST", $"{Base}/describe", wrongType)).Error(400, "InvalidParameterException");
        (await emu.EksAsync("GET", "/clusters/nope/identity-provider-configs")).Error(404, "ResourceNotFoundException");
    }

    [Fact]
    public async Task Tags_on_cluster_and_config_arns()
    {
        await using var emu = await TestEmulator.StartAsync();
        var arn = Uri.EscapeDataString(await Scenarios.ActiveConfigAsync(emu));
        (await emu.EksAsync("POST", $"/tags/{arn}", new JsonObject { ["tags"] = new JsonObject { ["a"] = "1", ["b"] = "2" } })).Ok();
        (await emu.EksAsync("DELETE", $"/tags/{arn}?tagKeys=a")).Ok();
        Assert.Equal("""{"b":"2"}""", (await emu.EksAsync("GET", $"/tags/{arn}")).Ok().Body["tags"]!.ToJsonString());

        var cluster = Uri.EscapeDataString("arn:aws:eks:us-east-1:123456789012:cluster/demo");
        (await emu.EksAsync("POST", $"/tags/{cluster}", new JsonObject { ["tags"] = new JsonObject { ["c"] = "3" } })).Ok();
        Assert.Equal("3", (string)(await emu.EksAsync("GET", "/clusters/demo")).Ok().Body["cluster"]!["tags"]!["c"]!);
        (await emu.EksAsync("POST", $"/tags/{cluster}", new JsonObject { ["tags"] = new JsonObject { ["aws:x"] = "3" } })).Error(400, "BadRequestException");
        (await emu.EksAsync("POST", $"/tags/{cluster}", new JsonObject { ["tags"] = new JsonObject() })).Error(400, "BadRequestException");
        var unknown = Uri.EscapeDataString("arn:aws:eks:us-east-1:123456789012:cluster/nope");
        (await emu.EksAsync("GET", $"/tags/{unknown}")).Error(404, "NotFoundException");
        (await emu.EksAsync("GET", "/tags/garbage")).Error(400, "BadRequestException");
    }

    [Fact]
    public async Task Fail_next_update_ends_the_update_failed_with_the_error()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.ActiveClusterAsync(emu);
        (await emu.ControlAsync("POST", "eks/fail-next-update", """{"cluster":"demo","errorCode":"AccessDenied","errorMessage":"no"}""")).Ok();
        var id = (string)(await emu.EksAsync("POST", $"{Base}/associate", Scenarios.Associate())).Ok().Body["update"]!["id"]!;
        emu.Settle();
        var update = (await emu.EksAsync("GET", $"/clusters/demo/updates/{id}")).Ok().Body["update"]!;
        Assert.Equal("Failed", (string)update["status"]!);
        Assert.Equal("AccessDenied", (string)update["errors"]![0]!["errorCode"]!);
        Assert.Equal("no", (string)update["errors"]![0]!["errorMessage"]!);
        (await emu.EksAsync("POST", $"{Base}/describe", Scenarios.ConfigRef())).Error(404, "ResourceNotFoundException");
        (await emu.EksAsync("POST", $"{Base}/associate", Scenarios.Associate())).Ok();
    }
}
