using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;
using Kind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>awsidentity:eks:IdentityProviderConfig: tag removal and default-tag overrides live, and secrets through create and refresh.</summary>
public sealed class EksTagsAndSecretsTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Fact]
    public async Task Update_RemovingATagAndOverridingADefaultTag_ReconcilesTheLiveTags()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Eks(cluster)]);
        var arn = Json(engine.State.Values.Single().Outputs).Str("arn")!;

        var edited = Eks(cluster, o => o["tags"] = new JsonObject { ["team"] = "platform", ["owner"] = "alice" });
        var updated = Single(await engine.UpAsync([edited]));

        Assert.Equal(StepKind.Update, updated.Kind);
        Assert.Equal(Kind.Delete, updated.Detailed["tags.env"]);
        Assert.Equal(Kind.Add, updated.Detailed["tags.owner"]);
        var expected = new JsonObject { ["owner"] = "alice", ["team"] = "platform" };
        Assert.True(JsonNode.DeepEquals(expected, Json(updated.Outputs)["tagsAll"]), Json(updated.Outputs)["tagsAll"]?.ToJsonString());
        var live = (await fixture.Control.StateAsync()).TagsOf(arn);
        Assert.True(JsonNode.DeepEquals(OwnerMarker.Plus(expected, engine.Urn(Values.Eks, EksName)), live), live.ToJsonString());
        Assert.Equal(StepKind.Same, Single(await engine.UpAsync([edited])).Kind);
        await engine.DestroyAsync();
    }

    [Fact]
    public async Task CreateAndRefresh_KeepSecretInputsSecret()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        var program = Eks(cluster, o => o["oidc"]!["clientId"] = Values.Secret("very-private-client"));

        var created = Single(await engine.UpAsync([program]));
        Assert.True(JsonNode.DeepEquals(Values.Secret("very-private-client"), Json(created.Outputs)["oidc"]?["clientId"]),
            Json(created.Outputs)["oidc"]?.ToJsonString());
        Assert.Equal("very-private-client", Assert.Single((await fixture.Control.StateAsync()).Configs(cluster)).Str("clientId"));

        await engine.RefreshAsync();
        var entry = engine.State.Values.Single();
        Assert.True(Values.IsSecret(Json(entry.Outputs)["oidc"]?["clientId"]), Json(entry.Outputs)["oidc"]?.ToJsonString());
        Assert.True(Values.IsSecret(Json(entry.Inputs)["oidc"]?["clientId"]), Json(entry.Inputs)["oidc"]?.ToJsonString());
        Assert.Equal(StepKind.Same, Single(await engine.PreviewAsync([program])).Kind);
        await engine.DestroyAsync();
    }
}
