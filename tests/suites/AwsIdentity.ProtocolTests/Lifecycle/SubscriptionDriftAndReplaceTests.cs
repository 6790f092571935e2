using System.Globalization;
using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;
using static AwsIdentity.ProtocolTests.Lifecycle.SubscriptionPrograms;
using Kind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>awsidentity:licensemanager:ProductSubscription: refresh after out-of-band changes, and replacement order.</summary>
public sealed class SubscriptionDriftAndReplaceTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Fact]
    public async Task Refresh_AfterOutOfBandTagChange_ShowsDrift_AndTheNextUpPutsTheTagsBack()
    {
        var directory = await SeededDirectoryAsync(fixture);
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Subscription(directory)]);
        var arn = Json(engine.State.Values.Single().Outputs).Str("productUserArn")!;

        await fixture.Control.SetTagsAsync(arn, new JsonObject { ["owner"] = LifecycleFixture.DefaultTagOwner, ["team"] = "finance" });
        var refreshed = Single(await engine.RefreshAsync());

        Assert.Null(refreshed.Error);
        Assert.Contains("tagsAll", refreshed.Detailed.Keys);
        var entry = engine.State.Values.Single();
        Assert.Equal("finance", Json(entry.Inputs).Str("tags.team"));
        var preview = Single(await engine.PreviewAsync([Subscription(directory)]));
        Assert.Equal(StepKind.Update, preview.Kind);
        Assert.Equal(Kind.Update, preview.Detailed["tags.team"]);

        await engine.UpAsync([Subscription(directory)]);
        Assert.Equal("desktop", (await fixture.Control.StateAsync()).TagsOf(arn).Str("team"));
        await engine.DestroyAsync();
    }

    [Theory]
    [InlineData("remove")]
    [InlineData("stop")]
    public async Task Refresh_AfterOutOfBandStop_DropsTheResource_AndUpSubscribesAgain(string mode)
    {
        var directory = await SeededDirectoryAsync(fixture);
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Subscription(directory)]);
        var arn = Json(engine.State.Values.Single().Outputs).Str("productUserArn");

        await fixture.Control.DeleteSubscriptionAsync(arn!, mode);
        var refreshed = Single(await engine.RefreshAsync());

        Assert.Equal(StepKind.Delete, refreshed.Kind);
        Assert.Null(refreshed.Error);
        Assert.Empty(engine.State);

        var again = Single(await engine.UpAsync([Subscription(directory)]));
        Assert.Equal(StepKind.Create, again.Kind);
        Assert.Equal("SUBSCRIBED", Json(again.Outputs).Str("status"));
        Assert.NotEqual(arn, Json(again.Outputs).Str("productUserArn"));
        Assert.Equal("SUBSCRIBED", Assert.Single((await fixture.Control.StateAsync()).LiveSubscriptions(directory)).Str("status"));
        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).LiveSubscriptions(directory));
    }

    [Fact]
    public async Task Replace_ProductChange_StopsTheOldSubscriptionBeforeStartingTheNew()
    {
        var directory = await SeededDirectoryAsync(fixture, Product, OtherProduct);
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Subscription(directory)]);
        await fixture.Control.ResetStatsAsync();
        var moved = Subscription(directory, edit: o => o["product"] = OtherProduct);

        var preview = Single(await engine.PreviewAsync([moved]));
        Assert.Equal(StepKind.Replace, preview.Kind);
        Assert.True(preview.DeleteBeforeReplace);
        Assert.Equal(["delete-replaced", "replace", "create-replacement"], engine.LastRunOps[engine.Urn(Values.Subscription, SubscriptionName)]);
        var replaced = Single(await engine.UpAsync([moved]));

        Assert.Equal(StepKind.Replace, replaced.Kind);
        Assert.True(replaced.DeleteBeforeReplace);
        Assert.Equal(Kind.UpdateReplace, replaced.Detailed["product"]);
        Assert.Equal(1, await fixture.Control.CallsAsync("StopProductSubscription"));
        Assert.Equal(1, await fixture.Control.CallsAsync("StartProductSubscription"));
        var subscriptions = (await fixture.Control.StateAsync()).Subscriptions(directory);
        var old = subscriptions.Single(s => s.Str("product") == Product);
        var @new = subscriptions.Single(s => s.Str("product") == OtherProduct);
        Assert.Equal(("UNSUBSCRIBED", "SUBSCRIBED"), (old.Str("status"), @new.Str("status")));
        Assert.True(Time(old, "endDate") <= Time(@new, "startDate"),
            $"the new subscription started {@new.Str("startDate")}, the old one ended {old.Str("endDate")}");
        Assert.Equal(SubscriptionId(directory, product: OtherProduct), Assert.Single(engine.State.Values).Id);

        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).LiveSubscriptions(directory));
    }

    [Fact]
    public async Task Update_UsernameCaseOnly_IsNoChange()
    {
        var directory = await SeededDirectoryAsync(fixture);
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Subscription(directory)]);

        Assert.Equal(StepKind.Same, Single(await engine.PreviewAsync([Subscription(directory, "Alice")])).Kind);
        await engine.DestroyAsync();
    }

    private static DateTimeOffset Time(JsonObject record, string key) =>
        DateTimeOffset.Parse(record.Str(key) ?? throw new InvalidOperationException($"{key} missing: {record.ToJsonString()}"), CultureInfo.InvariantCulture);
}
