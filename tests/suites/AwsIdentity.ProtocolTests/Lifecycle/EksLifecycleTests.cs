using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using Pulumirpc;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;
using Kind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>awsidentity:eks:IdentityProviderConfig through preview, create, no-op, tag update and destroy.</summary>
public sealed class EksLifecycleTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Fact]
    public async Task Preview_ReturnsUnknownComputedOutputs_AndCreatesNothing()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.ResetStatsAsync();

        var step = Single(await engine.PreviewAsync([Eks(cluster)]));

        Assert.Equal(StepKind.Create, step.Kind);
        Assert.True(step.Preview);
        var outputs = Json(step.Outputs);
        Assert.Equal(Values.Unknown, outputs.Str("arn"));
        Assert.Equal(Values.Unknown, outputs.Str("status"));
        Assert.Equal(cluster, outputs.Str("clusterName"));
        Assert.Empty(engine.State);
        Assert.Empty((await fixture.Control.StateAsync()).Configs(cluster));
        Assert.Equal(0, (await fixture.Control.StatsAsync())["total"]?.GetValue<int>());
    }

    [Fact]
    public async Task Create_ThenSameProgram_IsSame_ThenTagChange_UpdatesTagsWithoutReassociating()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.ResetStatsAsync();

        var created = Single(await engine.UpAsync([Eks(cluster)]));
        Assert.Equal(StepKind.Create, created.Kind);
        var entry = Assert.Single(engine.State.Values);
        Assert.Equal($"{cluster}:corp-oidc", entry.Id);
        var outputs = Json(entry.Outputs);
        var arn = outputs.Str("arn")!;
        Assert.StartsWith($"arn:aws:eks:us-east-1:123456789012:identityproviderconfig/{cluster}/oidc/corp-oidc/", arn);
        Assert.Equal("ACTIVE", outputs.Str("status"));
        var expectedTags = new JsonObject { ["owner"] = LifecycleFixture.DefaultTagOwner, ["team"] = "platform", ["env"] = "dev" };
        Assert.True(JsonNode.DeepEquals(expectedTags, outputs["tagsAll"]), outputs["tagsAll"]?.ToJsonString());
        var live = await fixture.Control.StateAsync();
        var config = Assert.Single(live.Configs(cluster));
        Assert.Equal("ACTIVE", config.Str("status"));
        Assert.Equal("https://issuer.example.com/realms/corp", config.Str("issuerUrl"));
        Assert.True(JsonNode.DeepEquals(OwnerMarker.Plus(expectedTags, engine.Urn(Values.Eks, EksName)), live.TagsOf(arn)), live.TagsOf(arn).ToJsonString());

        var same = Single(await engine.UpAsync([Eks(cluster)]));
        Assert.Equal(StepKind.Same, same.Kind);

        var retagged = Eks(cluster, o => o["tags"]!["team"] = "identity");
        var preview = Single(await engine.PreviewAsync([retagged]));
        Assert.Equal(StepKind.Update, preview.Kind);
        var updated = Single(await engine.UpAsync([retagged]));
        Assert.Equal(StepKind.Update, updated.Kind);
        Assert.Equal(Kind.Update, updated.Detailed["tags.team"]);
        Assert.DoesNotContain(updated.Detailed.Keys, k => k.StartsWith("oidc", StringComparison.Ordinal) || k == "clusterName");
        Assert.Equal("identity", Json(updated.Outputs).Str("tagsAll.team"));
        Assert.Equal(arn, Json(updated.Outputs).Str("arn"));
        live = await fixture.Control.StateAsync();
        Assert.Equal("identity", live.TagsOf(arn).Str("team"));
        Assert.Equal(LifecycleFixture.DefaultTagOwner, live.TagsOf(arn).Str("owner"));
        Assert.Equal(1, await fixture.Control.CallsAsync("AssociateIdentityProviderConfig"));
        Assert.Single(live.Updates(cluster)); // tags are not a cluster update

        var destroyed = Single(await engine.DestroyAsync());
        Assert.Equal(StepKind.Delete, destroyed.Kind);
        Assert.Empty(engine.State);
        Assert.Empty((await fixture.Control.StateAsync()).Configs(cluster));
    }

    [Fact]
    public async Task Create_WhileTheClusterUpdateRuns_SendsEphemeralStatusLines()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.SettingsAsync(1800);
        try
        {
            var step = Single(await engine.UpAsync([Eks(cluster)]));
            Assert.Equal(StepKind.Create, step.Kind);
        }
        finally
        {
            await fixture.Control.SettingsAsync(LifecycleFixture.TransitionMs);
        }
        var urn = engine.Urn(Values.Eks, EksName);
        var lines = fixture.Engine.StatusLines.Where(l => l.Urn == urn).Select(l => l.Message).ToList();
        Assert.Contains(lines, m => m.StartsWith("waiting for update ", StringComparison.Ordinal)
                                    && m.Contains($"of cluster {cluster}: InProgress", StringComparison.Ordinal)
                                    && m.Contains("elapsed", StringComparison.Ordinal));
        Assert.All(fixture.Engine.StatusLines.Where(l => l.Urn == urn), l => Assert.Equal(LogSeverity.Info, l.Severity));
        await engine.DestroyAsync();
    }

    [Fact]
    public async Task Import_ByClusterAndName_RebuildsFullInputs_AndTheSameProgramIsSame()
    {
        var cluster = await fixture.NewClusterAsync();
        var creator = await fixture.NewEngineAsync();
        await creator.UpAsync([Eks(cluster)]);

        var engine = await fixture.NewEngineAsync();
        var imported = await engine.ImportAsync(Values.Eks, EksName, $"{cluster}:corp-oidc");

        Assert.Null(imported.Error);
        var entry = Assert.Single(engine.State.Values);
        Assert.Equal($"{cluster}:corp-oidc", entry.Id);
        var inputs = Json(entry.Inputs);
        Assert.True(JsonNode.DeepEquals(Eks(cluster).Inputs, inputs), inputs.ToJsonString());
        Assert.Equal("ACTIVE", Json(entry.Outputs).Str("status"));
        var preview = Single(await engine.PreviewAsync([Eks(cluster)]));
        Assert.Equal(StepKind.Same, preview.Kind);

        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).Configs(cluster));
    }

    [Theory]
    [InlineData("just-a-cluster")]
    [InlineData("a:b:c")]
    [InlineData(":corp-oidc")]
    public async Task Import_MalformedId_FailsNamingTheExpectedForm(string id)
    {
        var engine = await fixture.NewEngineAsync();
        var imported = await engine.ImportAsync(Values.Eks, EksName, id);
        Assert.NotNull(imported.Error);
        Assert.Contains("<clusterName>:<identityProviderConfigName>", imported.Error);
        Assert.Contains(id, imported.Error);
        Assert.Empty(engine.State);
    }
}
