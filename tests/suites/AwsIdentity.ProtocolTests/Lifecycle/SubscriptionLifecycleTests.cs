using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;
using static AwsIdentity.ProtocolTests.Lifecycle.SubscriptionPrograms;
using Kind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>awsidentity:licensemanager:ProductSubscription through preview, create, no-op, tag update, import and destroy.</summary>
public sealed class SubscriptionLifecycleTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Fact]
    public async Task Preview_ReturnsUnknownComputedOutputs_AndSubscribesNobody()
    {
        var directory = await SeededDirectoryAsync(fixture);
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.ResetStatsAsync();

        var step = Single(await engine.PreviewAsync([Subscription(directory)]));

        Assert.Equal(StepKind.Create, step.Kind);
        Assert.Equal(Values.Unknown, Json(step.Outputs).Str("productUserArn"));
        Assert.Equal(Values.Unknown, Json(step.Outputs).Str("status"));
        Assert.Empty(engine.State);
        Assert.Empty((await fixture.Control.StateAsync()).Subscriptions(directory));
        Assert.Equal(0, (await fixture.Control.StatsAsync())["total"]?.GetValue<int>());
    }

    [Fact]
    public async Task Create_ThenSameProgram_IsSame_ThenTagChange_RetagsWithoutRestarting_ThenDestroyStops()
    {
        var directory = await SeededDirectoryAsync(fixture);
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.ResetStatsAsync();

        var created = Single(await engine.UpAsync([Subscription(directory)]));
        Assert.Equal(StepKind.Create, created.Kind);
        var entry = Assert.Single(engine.State.Values);
        Assert.Equal(SubscriptionId(directory), entry.Id);
        var outputs = Json(entry.Outputs);
        var arn = outputs.Str("productUserArn")!;
        Assert.StartsWith("arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:product-user/", arn);
        Assert.Equal("SUBSCRIBED", outputs.Str("status"));
        Assert.NotNull(outputs.Str("subscriptionStartDate"));
        var expectedTags = new JsonObject { ["owner"] = LifecycleFixture.DefaultTagOwner, ["team"] = "desktop" };
        Assert.True(JsonNode.DeepEquals(expectedTags, outputs["tagsAll"]), outputs["tagsAll"]?.ToJsonString());
        var live = await fixture.Control.StateAsync();
        var record = Assert.Single(live.Subscriptions(directory));
        Assert.Equal(("SUBSCRIBED", arn), (record.Str("status"), record.Str("arn")));
        Assert.True(JsonNode.DeepEquals(OwnerMarker.Plus(expectedTags, engine.Urn(Values.Subscription, SubscriptionName)), live.TagsOf(arn)),
            live.TagsOf(arn).ToJsonString());

        Assert.Equal(StepKind.Same, Single(await engine.UpAsync([Subscription(directory)])).Kind);

        var retagged = Subscription(directory, edit: o => o["tags"]!["cost"] = "1234");
        Assert.Equal(StepKind.Update, Single(await engine.PreviewAsync([retagged])).Kind);
        var updated = Single(await engine.UpAsync([retagged]));
        Assert.Equal(StepKind.Update, updated.Kind);
        Assert.Equal(Kind.Add, updated.Detailed["tags.cost"]);
        Assert.Equal(arn, Json(updated.Outputs).Str("productUserArn"));
        Assert.Equal("1234", (await fixture.Control.StateAsync()).TagsOf(arn).Str("cost"));
        Assert.Equal(1, await fixture.Control.CallsAsync("StartProductSubscription"));

        Assert.Equal(StepKind.Delete, Single(await engine.DestroyAsync()).Kind);
        Assert.Empty(engine.State);
        var stopped = Assert.Single((await fixture.Control.StateAsync()).Subscriptions(directory));
        Assert.Equal("UNSUBSCRIBED", stopped.Str("status"));
        Assert.NotNull(stopped.Str("endDate"));
        Assert.Equal(1, await fixture.Control.CallsAsync("StopProductSubscription"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Import_ByEitherIdForm_RebuildsTheInputs_AndTheSameProgramIsSame(bool withDomain)
    {
        var directory = await SeededDirectoryAsync(fixture);
        var program = Subscription(directory, "bob", o => { if (!withDomain) o.Remove("domain"); });
        var creator = await fixture.NewEngineAsync();
        await creator.UpAsync([program]);

        var engine = await fixture.NewEngineAsync();
        var id = SubscriptionId(directory, "bob", domain: withDomain ? "corp.example.com" : null);
        var imported = await engine.ImportAsync(Values.Subscription, SubscriptionName, id);

        Assert.Null(imported.Error);
        var entry = Assert.Single(engine.State.Values);
        Assert.Equal(id, entry.Id);
        Assert.Equal("bob", Json(entry.Inputs).Str("username"));
        Assert.Equal(directory, Json(entry.Inputs).Str("identityProvider.activeDirectoryIdentityProvider.directoryId"));
        Assert.Equal(Product, Json(entry.Inputs).Str("product"));
        Assert.Equal(withDomain ? "corp.example.com" : null, Json(entry.Inputs).Str("domain"));
        Assert.Equal("SUBSCRIBED", Json(entry.Outputs).Str("status"));
        Assert.Equal(StepKind.Same, Single(await engine.PreviewAsync([program])).Kind);

        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).LiveSubscriptions(directory));
    }

    [Theory]
    [InlineData("d-1234567890")]
    [InlineData("d-1234567890:VISUAL_STUDIO_ENTERPRISE")]
    [InlineData("d-1234567890::alice")]
    [InlineData("a:b:c:d:e")]
    public async Task Import_MalformedId_FailsNamingTheExpectedForm(string id)
    {
        var engine = await fixture.NewEngineAsync();
        var imported = await engine.ImportAsync(Values.Subscription, SubscriptionName, id);
        Assert.NotNull(imported.Error);
        Assert.Contains("<directoryId>:<product>:<username>", imported.Error);
        Assert.Empty(engine.State);
    }

    [Fact]
    public async Task Import_OfASubscriptionThatDoesNotExist_SaysSo()
    {
        var directory = await SeededDirectoryAsync(fixture);
        var engine = await fixture.NewEngineAsync();
        var imported = await engine.ImportAsync(Values.Subscription, SubscriptionName, SubscriptionId(directory, "nobody"));
        Assert.NotNull(imported.Error);
        Assert.Contains("does not exist", imported.Error);
        Assert.Empty(engine.State);
    }
}
