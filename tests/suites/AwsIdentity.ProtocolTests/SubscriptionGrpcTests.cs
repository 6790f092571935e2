using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using AwsIdentity.ProtocolTests.Harness;
using Pulumirpc;
using static AwsIdentity.ProtocolTests.Lifecycle.SubscriptionPrograms;
using Kind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.ProtocolTests;

/// <summary>awsidentity:licensemanager:ProductSubscription's Check, Diff and preview Create over gRPC, no AWS.</summary>
public sealed class SubscriptionGrpcTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private static JsonObject Inputs() => Subscription("d-1234567890").Inputs;

    private static JsonObject State(JsonObject inputs) => inputs.With(o =>
    {
        o["productUserArn"] = "arn:aws:license-manager-user-subscriptions:us-east-1:111122223333:product-user/1";
        o["status"] = "SUBSCRIBED";
        o["tagsAll"] = new JsonObject { ["owner"] = Fixtures.DefaultTagOwner, ["team"] = "desktop" };
    });

    private Task<DiffResponse> Diff(JsonObject olds, JsonObject news) =>
        DiffTests.CheckedDiff(fixture.Client, Values.Subscription, State(olds), olds, news);

    [Fact]
    public async Task Check_passes_valid_inputs_unchanged_and_unknowns_through()
    {
        var r = await fixture.Client.CheckAsync(Requests.Check(Values.Subscription, Inputs()));
        Assert.Empty(r.Failures);
        Assert.True(JsonNode.DeepEquals(Inputs(), Values.ToJson(r.Inputs)));
        var unknown = Inputs().With(o => { o["identityProvider"] = Values.Unknown; o["product"] = Values.Unknown; });
        Assert.Empty((await fixture.Client.CheckAsync(Requests.Check(Values.Subscription, unknown))).Failures);
    }

    [Fact]
    public async Task Check_failures_are_located()
    {
        var news = Inputs().With(o =>
        {
            o.Remove("username");
            o["identityProvider"]!["activeDirectoryIdentityProvider"]!["directoryId"] = "directory-1";
            o["product"] = "VISUAL:STUDIO";
            o["domain"] = "not a domain";
            o["tags"]!["team"] = 5;
        });
        var f = Requests.Failures(await fixture.Client.CheckAsync(Requests.Check(Values.Subscription, news)));
        Assert.Equal(["domain", "identityProvider.activeDirectoryIdentityProvider.directoryId", "product", "tags.team", "username"],
            f.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("missing required", f["username"], StringComparison.Ordinal);
        Assert.Contains("d-1234567890", f["identityProvider.activeDirectoryIdentityProvider.directoryId"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_create_returns_the_inputs_and_unknown_computed_outputs()
    {
        var r = await fixture.Client.CreateAsync(Requests.Create(Values.Subscription, Inputs(), preview: true));
        var outputs = Values.ToJson(r.Properties);
        foreach (var (key, value) in Inputs()) Assert.True(JsonNode.DeepEquals(value, outputs[key]), key);
        foreach (var key in new[] { "productUserArn", "status" }) Assert.Equal(Values.Unknown, outputs[key]?.GetValue<string>());
        Assert.Equal("desktop", outputs["tagsAll"]?["team"]?.GetValue<string>());
    }

    [Fact]
    public async Task Tags_change_in_place_and_username_case_is_no_change()
    {
        var tags = await Diff(Inputs(), Inputs().With(o => o["tags"]!["cost"] = "42"));
        Assert.Empty(tags.Replaces);
        Assert.Equal(Kind.Add, tags.DetailedDiff["tags.cost"].Kind);
        Assert.Empty((await Diff(Inputs(), Inputs().With(o => o["username"] = "ALICE"))).Diffs);
    }

    [Theory]
    [InlineData("product", OtherProduct)]
    [InlineData("username", "bob")]
    [InlineData("domain", "other.example.com")]
    [InlineData("product", Values.Unknown)]
    [InlineData("identityProvider", Values.Unknown)]
    public async Task Identity_changes_replace_stopping_first(string property, string value)
    {
        var r = await Diff(Inputs(), Inputs().With(o => o[property] = value));
        Assert.Equal([property], r.Replaces);
        Assert.True(r.DeleteBeforeReplace, "AWS keeps one subscription per user, product and directory");
    }
}
