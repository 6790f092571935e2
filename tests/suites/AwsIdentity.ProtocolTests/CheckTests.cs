using System.Text.Json.Nodes;
using AwsIdentity.ProtocolTests.Harness;
using AwsIdentity.Harness;
using Pulumirpc;

namespace AwsIdentity.ProtocolTests;

/// <summary>Check of both resources: valid inputs, located failures, unknowns and secrets passing through.</summary>
public sealed class CheckTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private async Task<CheckResponse> Check(string type, JsonObject news, JsonObject? olds = null) =>
        await fixture.Client.CheckAsync(Requests.Check(type, news, olds));

    public static TheoryData<string> Types => [Values.Eks, Values.Lmus];

    private static JsonObject Valid(string type) => type == Values.Eks ? Fixtures.EksInputs() : Fixtures.LmusInputs();

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Valid_inputs_pass_unchanged(string type)
    {
        var r = await Check(type, Valid(type));
        Assert.Empty(r.Failures);
        Assert.True(JsonNode.DeepEquals(Valid(type), Values.ToJson(r.Inputs)));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Olds_do_not_leak_into_the_checked_inputs(string type)
    {
        var olds = Valid(type).With(o => o["tags"] = new JsonObject { ["old"] = "x" });
        var r = await Check(type, Valid(type), olds);
        Assert.True(JsonNode.DeepEquals(Valid(type), Values.ToJson(r.Inputs)));
    }

    [Fact]
    public async Task IdentityProviderConfig_failures_are_located()
    {
        var news = new JsonObject
        {
            ["clusterName"] = "",
            ["oidc"] = new JsonObject
            {
                ["issuerUrl"] = "https://issuer.example.com/?tenant=1",
                ["clientId"] = 7,
                ["requiredClaims"] = new JsonObject { [new string('c', 64)] = "v" },
            },
            ["tags"] = new JsonObject { ["team"] = 5 },
            ["extra"] = 1,
        };
        var f = Requests.Failures(await Check(Values.Eks, news));
        Assert.Equal(["clusterName", "extra", "oidc.clientId", "oidc.identityProviderConfigName", "oidc.issuerUrl",
            $"oidc.requiredClaims.{new string('c', 64)}", "tags.team"], f.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("missing required", f["oidc.identityProviderConfigName"], StringComparison.Ordinal);
        Assert.Contains("query", f["oidc.issuerUrl"], StringComparison.Ordinal);
        Assert.Contains("expected a string", f["oidc.clientId"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdentityProviderConfig_requires_https_issuers()
    {
        var news = Fixtures.EksInputs().With(o => o["oidc"]!["issuerUrl"] = "http://issuer.example.com");
        var f = Requests.Failures(await Check(Values.Eks, news));
        Assert.Equal(["oidc.issuerUrl"], f.Keys);
        Assert.Contains("https", f["oidc.issuerUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nested_failures_name_the_top_level_input_and_the_path_in_the_reason()
    {
        // The engine prints `inputs[property]` with the failure (pkg/resource/deploy/step_generator.go
        // issueCheckFailures): a nested path there would print `value {<nil>}`.
        var news = Fixtures.EksInputs().With(o =>
        {
            o["oidc"]!["issuerUrl"] = "http://issuer.example.com";
            o["tags"] = new JsonObject { ["a.b"] = 5 };
        });
        var r = await Check(Values.Eks, news);
        Assert.Equal(["oidc", "tags"], r.Failures.Select(f => f.Property).Order(StringComparer.Ordinal));
        var oidc = r.Failures.Single(f => f.Property == "oidc").Reason;
        Assert.StartsWith("oidc.issuerUrl: ", oidc, StringComparison.Ordinal);
        Assert.Contains("https", oidc, StringComparison.Ordinal);
        Assert.StartsWith("tags[\"a.b\"]: ", r.Failures.Single(f => f.Property == "tags").Reason, StringComparison.Ordinal);

        var top = await Check(Values.Eks, Fixtures.EksInputs().With(o => o["clusterName"] = ""));
        var failure = Assert.Single(top.Failures);
        Assert.Equal("clusterName", failure.Property);
        Assert.DoesNotContain("clusterName:", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAssociation_failures_are_located_deep_in_the_identity_provider()
    {
        const string ad = "identityProvider.activeDirectoryIdentityProvider";
        var news = Fixtures.LmusInputs().With(o =>
        {
            o["username"] = "corp:alice";
            o["instanceId"] = "i-1";
            var provider = o["identityProvider"]!["activeDirectoryIdentityProvider"]!;
            provider["directoryId"] = "dir";
            provider["activeDirectoryType"] = "CLOUD";
            provider["activeDirectorySettings"]!["domainIpv4List"] = new JsonArray("10.0.0.300");
            provider["activeDirectorySettings"]!["domainNetworkSettings"]!["subnets"] = new JsonArray();
        });
        var f = Requests.Failures(await Check(Values.Lmus, news));
        Assert.Equal([$"{ad}.activeDirectorySettings.domainIpv4List[0]", $"{ad}.activeDirectorySettings.domainNetworkSettings.subnets",
            $"{ad}.activeDirectoryType", $"{ad}.directoryId", "instanceId", "username"], f.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Missing_required_inputs_are_reported_by_name()
    {
        var f = Requests.Failures(await Check(Values.Lmus, []));
        Assert.Equal(["identityProvider", "instanceId", "username"], f.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Unknowns_pass_through_without_failures()
    {
        var eks = new JsonObject
        {
            ["clusterName"] = Values.Unknown,
            ["oidc"] = new JsonObject { ["identityProviderConfigName"] = "corp", ["issuerUrl"] = Values.Unknown, ["clientId"] = Values.Unknown },
            ["tags"] = Values.Unknown,
        };
        var r1 = await Check(Values.Eks, eks);
        Assert.Empty(r1.Failures);
        Assert.True(JsonNode.DeepEquals(eks, Values.ToJson(r1.Inputs)));

        var lmus = new JsonObject { ["username"] = Values.Unknown, ["instanceId"] = Values.Unknown, ["identityProvider"] = Values.Unknown };
        var r2 = await Check(Values.Lmus, lmus);
        Assert.Empty(r2.Failures);
    }

    [Fact]
    public async Task Secret_inputs_are_validated_and_stay_secret()
    {
        var news = Fixtures.EksInputs().With(o => o["oidc"]!["clientId"] = Values.Secret("kubernetes"));
        var r = await Check(Values.Eks, news);
        Assert.Empty(r.Failures);
        Assert.True(Values.IsSecret(Values.ToJson(r.Inputs)["oidc"]?["clientId"]));

        var bad = Fixtures.EksInputs().With(o => o["oidc"]!["issuerUrl"] = Values.Secret("http://insecure.example.com"));
        var f = Requests.Failures(await Check(Values.Eks, bad));
        Assert.Equal(["oidc.issuerUrl"], f.Keys);
        Assert.DoesNotContain("insecure.example.com", f["oidc.issuerUrl"], StringComparison.Ordinal);
    }
}
