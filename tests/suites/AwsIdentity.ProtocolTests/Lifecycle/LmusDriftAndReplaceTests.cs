using System.Globalization;
using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;
using Kind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>awsidentity:licensemanager:UserAssociation: refresh after out-of-band changes, and both replacement orders.</summary>
public sealed class LmusDriftAndReplaceTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Fact]
    public async Task Refresh_AfterOutOfBandTagChange_ShowsDrift_AndTheNextPreviewUpdatesTags()
    {
        var instance = LifecycleFixture.NewInstanceId();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Lmus(instance)]);
        var arn = Json(engine.State.Values.Single().Outputs).Str("instanceUserArn")!;

        await fixture.Control.SetTagsAsync(arn, new JsonObject { ["owner"] = LifecycleFixture.DefaultTagOwner, ["team"] = "finance" });
        var refreshed = Single(await engine.RefreshAsync());

        Assert.Null(refreshed.Error);
        Assert.Contains("tagsAll", refreshed.Detailed.Keys);
        var entry = engine.State.Values.Single();
        Assert.Equal("finance", Json(entry.Outputs).Str("tagsAll.team"));
        Assert.Equal("finance", Json(entry.Inputs).Str("tags.team"));
        var preview = Single(await engine.PreviewAsync([Lmus(instance)]));
        Assert.Equal(StepKind.Update, preview.Kind);
        Assert.Equal(Kind.Update, preview.Detailed["tags.team"]);

        await engine.UpAsync([Lmus(instance)]);
        Assert.Equal("desktop", (await fixture.Control.StateAsync()).TagsOf(arn).Str("team"));
        await engine.DestroyAsync();
    }

    [Theory]
    [InlineData("remove")]
    [InlineData("disassociate")]
    public async Task Refresh_AfterOutOfBandDisassociation_DropsTheResource(string mode)
    {
        var instance = LifecycleFixture.NewInstanceId();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Lmus(instance)]);
        var arn = Json(engine.State.Values.Single().Outputs).Str("instanceUserArn");

        await fixture.Control.DeleteAssociationAsync(new JsonObject { ["instanceUserArn"] = arn, ["mode"] = mode });
        var refreshed = Single(await engine.RefreshAsync());

        Assert.Equal(StepKind.Delete, refreshed.Kind);
        Assert.Null(refreshed.Error);
        Assert.Empty(engine.State);
    }

    [Fact]
    public async Task Up_AfterDestroy_AssociatesTheSameUserAgain()
    {
        var instance = LifecycleFixture.NewInstanceId();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Lmus(instance)]);
        await engine.DestroyAsync();

        var again = Single(await engine.UpAsync([Lmus(instance, timeoutSeconds: 10)]));

        Assert.Equal(StepKind.Create, again.Kind);
        Assert.Equal("ASSOCIATED", Json(again.Outputs).Str("status"));
        Assert.Equal("ASSOCIATED", Assert.Single((await fixture.Control.StateAsync()).LiveAssociations(instance)).Str("status"));
        await engine.DestroyAsync();
    }

    [Fact]
    public async Task Replace_UsernameChange_RemovesTheOldAssociationBeforeCreatingTheNew()
    {
        var instance = LifecycleFixture.NewInstanceId();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Lmus(instance, "alice")]);

        var replaced = Single(await engine.UpAsync([Lmus(instance, "carol")]));

        Assert.Equal(StepKind.Replace, replaced.Kind);
        // Every UserAssociation replacement deletes first, so that a plan from a preview that saw the name unknown holds
        // (UserAssociationIdentity.cs).
        Assert.True(replaced.DeleteBeforeReplace);
        Assert.Equal(Kind.UpdateReplace, replaced.Detailed["username"]);
        var live = await fixture.Control.StateAsync();
        var alice = live.Associations(instance).Single(a => a.Str("username") == "alice");
        var carol = live.Associations(instance).Single(a => a.Str("username") == "carol");
        Assert.Equal("DISASSOCIATED", alice.Str("status"));
        Assert.Equal("ASSOCIATED", carol.Str("status"));
        Assert.True(Time(alice, "disassociationDate") <= Time(carol, "associationDate"),
            $"carol associated {carol.Str("associationDate")}, alice disassociated {alice.Str("disassociationDate")}");
        var entry = Assert.Single(engine.State.Values);
        Assert.Equal($"{instance}:{LifecycleFixture.DirectoryId}:carol:corp.example.com", entry.Id);

        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).LiveAssociations(instance));
    }

    [Fact]
    public async Task Replace_DirectorySettingsChangeForTheSameUser_DisassociatesBeforeAssociating()
    {
        var instance = LifecycleFixture.NewInstanceId();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Lmus(instance)]);
        await fixture.Control.ResetStatsAsync();
        var moved = Lmus(instance, edit: o =>
            o["identityProvider"]!["activeDirectoryIdentityProvider"]!["activeDirectorySettings"]!["domainIpv4List"] = new JsonArray("10.0.2.10"));

        var preview = Single(await engine.PreviewAsync([moved]));
        Assert.Equal(StepKind.Replace, preview.Kind);
        Assert.True(preview.DeleteBeforeReplace);
        var replaced = Single(await engine.UpAsync([moved]));

        Assert.Equal(StepKind.Replace, replaced.Kind);
        Assert.True(replaced.DeleteBeforeReplace);
        Assert.Null(replaced.Error);
        Assert.Equal(1, await fixture.Control.CallsAsync("DisassociateUser"));
        Assert.Equal(1, await fixture.Control.CallsAsync("AssociateUser"));
        var live = Assert.Single((await fixture.Control.StateAsync()).LiveAssociations(instance));
        Assert.Equal("ASSOCIATED", live.Str("status"));
        Assert.Contains("10.0.2.10", live.Str("identityProviderJson"));
        var entry = Assert.Single(engine.State.Values);
        Assert.Equal(live.Str("arn"), Json(entry.Outputs).Str("instanceUserArn"));

        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).LiveAssociations(instance));
    }

    private static DateTimeOffset Time(JsonObject record, string key) =>
        DateTimeOffset.Parse(record.Str(key) ?? throw new InvalidOperationException($"{key} missing: {record.ToJsonString()}"), CultureInfo.InvariantCulture);
}
