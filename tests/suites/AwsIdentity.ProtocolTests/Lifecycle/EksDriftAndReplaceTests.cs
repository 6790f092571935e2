using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;
using Kind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>awsidentity:eks:IdentityProviderConfig: refresh after out-of-band changes, and replacement.</summary>
public sealed class EksDriftAndReplaceTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Fact]
    public async Task Refresh_AfterOutOfBandChanges_ShowsDrift_AndTheNextPreviewReplacesGroupsClaim()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Eks(cluster)]);
        var arn = Json(engine.State.Values.Single().Outputs).Str("arn")!;

        await fixture.Control.UpdateConfigAsync(new JsonObject { ["cluster"] = cluster, ["name"] = "corp-oidc", ["groupsClaim"] = "roles" });
        await fixture.Control.SetTagsAsync(arn, new JsonObject { ["owner"] = LifecycleFixture.DefaultTagOwner, ["team"] = "platform", ["env"] = "prod" });

        var refreshed = Single(await engine.RefreshAsync());
        Assert.Equal(StepKind.Refresh, refreshed.Kind);
        Assert.Null(refreshed.Error);
        Assert.Contains("oidc", refreshed.Detailed.Keys);
        Assert.Contains("tagsAll", refreshed.Detailed.Keys);
        var entry = engine.State.Values.Single();
        Assert.Equal("roles", Json(entry.Outputs).Str("oidc.groupsClaim"));
        Assert.Equal("prod", Json(entry.Outputs).Str("tagsAll.env"));
        Assert.Equal("roles", Json(entry.Inputs).Str("oidc.groupsClaim"));
        Assert.Equal("prod", Json(entry.Inputs).Str("tags.env"));

        var preview = Single(await engine.PreviewAsync([Eks(cluster)]));
        Assert.Equal(StepKind.Replace, preview.Kind);
        Assert.True(preview.DeleteBeforeReplace);
        Assert.Equal(Kind.UpdateReplace, preview.Detailed["oidc.groupsClaim"]);
        Assert.Equal(Kind.Update, preview.Detailed["tags.env"]);

        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).Configs(cluster));
    }

    [Fact]
    public async Task Refresh_AfterOutOfBandDelete_DropsTheResource()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Eks(cluster)]);

        await fixture.Control.DeleteConfigAsync(cluster, "corp-oidc");
        var refreshed = Single(await engine.RefreshAsync());

        Assert.Equal(StepKind.Delete, refreshed.Kind);
        Assert.Null(refreshed.Error);
        Assert.Empty(engine.State);
    }

    [Fact]
    public async Task Up_AfterOutOfBandDeleteAndRefresh_RecreatesTheConfig()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Eks(cluster)]);
        await fixture.Control.DeleteConfigAsync(cluster, "corp-oidc");
        await engine.RefreshAsync();

        // Same URN and inputs as the first create, so the same clientRequestToken: EKS answers with the first,
        // long finished update and associates nothing. The provider must still end up with a config.
        var again = Single(await engine.UpAsync([Eks(cluster, timeoutSeconds: 10)]));

        Assert.Equal(StepKind.Create, again.Kind);
        Assert.Equal("ACTIVE", Assert.Single((await fixture.Control.StateAsync()).Configs(cluster)).Str("status"));
        await engine.DestroyAsync();
    }

    [Fact]
    public async Task Up_AfterDestroy_AssociatesTheSameConfigAgain()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Eks(cluster)]);
        await engine.DestroyAsync();

        // `pulumi destroy` then `pulumi up` of the same program: same URN and inputs as the first create.
        var again = Single(await engine.UpAsync([Eks(cluster, timeoutSeconds: 10)]));

        Assert.Equal(StepKind.Create, again.Kind);
        Assert.Equal("ACTIVE", Assert.Single((await fixture.Control.StateAsync()).Configs(cluster)).Str("status"));
        await engine.DestroyAsync();
    }

    [Fact]
    public async Task Destroy_AfterOutOfBandDelete_TreatsTheConfigAsGone()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Eks(cluster)]);
        await fixture.Control.DeleteConfigAsync(cluster, "corp-oidc");

        var destroyed = Single(await engine.DestroyAsync());
        Assert.Null(destroyed.Error);
        Assert.Empty(engine.State);
    }

    [Fact]
    public async Task Replace_IssuerUrlChange_DisassociatesTheOldConfigBeforeAssociatingTheNew()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Eks(cluster)]);
        var oldArn = Json(engine.State.Values.Single().Outputs).Str("arn");
        var moved = Eks(cluster, o => o["oidc"]!["issuerUrl"] = "https://login.example.org/corp");

        var preview = Single(await engine.PreviewAsync([moved]));
        Assert.Equal(StepKind.Replace, preview.Kind);
        Assert.True(preview.DeleteBeforeReplace);
        Assert.Single((await fixture.Control.StateAsync()).Configs(cluster));

        var replaced = Single(await engine.UpAsync([moved]));

        Assert.Equal(StepKind.Replace, replaced.Kind);
        Assert.True(replaced.DeleteBeforeReplace);
        Assert.Equal(Kind.UpdateReplace, replaced.Detailed["oidc.issuerUrl"]);
        var live = await fixture.Control.StateAsync();
        var updates = live.Updates(cluster).Select(u => u.Str("type")).ToList();
        Assert.Equal(["AssociateIdentityProviderConfig", "DisassociateIdentityProviderConfig", "AssociateIdentityProviderConfig"], updates);
        Assert.All(live.Updates(cluster), u => Assert.Equal("Successful", u.Str("status")));
        var config = Assert.Single(live.Configs(cluster));
        Assert.Equal("https://login.example.org/corp", config.Str("issuerUrl"));
        var entry = Assert.Single(engine.State.Values);
        Assert.Equal("https://login.example.org/corp", Json(entry.Outputs).Str("oidc.issuerUrl"));
        Assert.NotEqual(oldArn, Json(entry.Outputs).Str("arn"));
        Assert.Equal(config.Str("arn"), Json(entry.Outputs).Str("arn"));

        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).Configs(cluster));
    }
}
