using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;
using Kind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>awsidentity:licensemanager:UserAssociation through preview, create, no-op, tag update, import and destroy.</summary>
public sealed class LmusLifecycleTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Fact]
    public async Task Preview_ReturnsUnknownComputedOutputs_AndAssociatesNobody()
    {
        var instance = LifecycleFixture.NewInstanceId();
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.ResetStatsAsync();

        var step = Single(await engine.PreviewAsync([Lmus(instance)]));

        Assert.Equal(StepKind.Create, step.Kind);
        Assert.Equal(Values.Unknown, Json(step.Outputs).Str("instanceUserArn"));
        Assert.Equal(Values.Unknown, Json(step.Outputs).Str("status"));
        Assert.Empty(engine.State);
        Assert.Empty((await fixture.Control.StateAsync()).Associations(instance));
        Assert.Equal(0, (await fixture.Control.StatsAsync())["total"]?.GetValue<int>());
    }

    [Fact]
    public async Task Create_ThenSameProgram_IsSame_ThenTagChange_UpdatesTagsWithoutReassociating()
    {
        var instance = LifecycleFixture.NewInstanceId();
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.ResetStatsAsync();

        var created = Single(await engine.UpAsync([Lmus(instance)]));
        Assert.Equal(StepKind.Create, created.Kind);
        var entry = Assert.Single(engine.State.Values);
        Assert.Equal($"{instance}:{LifecycleFixture.DirectoryId}:alice:corp.example.com", entry.Id);
        var outputs = Json(entry.Outputs);
        var arn = outputs.Str("instanceUserArn")!;
        Assert.StartsWith("arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:instance-user/", arn);
        Assert.Equal("ASSOCIATED", outputs.Str("status"));
        Assert.NotNull(outputs.Str("associationDate"));
        var expectedTags = new JsonObject { ["owner"] = LifecycleFixture.DefaultTagOwner, ["team"] = "desktop" };
        Assert.True(JsonNode.DeepEquals(expectedTags, outputs["tagsAll"]), outputs["tagsAll"]?.ToJsonString());
        var live = await fixture.Control.StateAsync();
        var association = Assert.Single(live.Associations(instance));
        Assert.Equal("ASSOCIATED", association.Str("status"));
        Assert.Equal(arn, association.Str("arn"));
        Assert.True(JsonNode.DeepEquals(OwnerMarker.Plus(expectedTags, engine.Urn(Values.Lmus, LmusName)), live.TagsOf(arn)), live.TagsOf(arn).ToJsonString());

        Assert.Equal(StepKind.Same, Single(await engine.UpAsync([Lmus(instance)])).Kind);

        var retagged = Lmus(instance, edit: o => o["tags"]!["cost"] = "1234");
        Assert.Equal(StepKind.Update, Single(await engine.PreviewAsync([retagged])).Kind);
        var updated = Single(await engine.UpAsync([retagged]));
        Assert.Equal(StepKind.Update, updated.Kind);
        Assert.Equal(Kind.Add, updated.Detailed["tags.cost"]);
        Assert.Equal("1234", Json(updated.Outputs).Str("tagsAll.cost"));
        Assert.Equal(arn, Json(updated.Outputs).Str("instanceUserArn"));
        Assert.Equal("1234", (await fixture.Control.StateAsync()).TagsOf(arn).Str("cost"));
        Assert.Equal(1, await fixture.Control.CallsAsync("AssociateUser"));

        Assert.Equal(StepKind.Delete, Single(await engine.DestroyAsync()).Kind);
        Assert.Empty(engine.State);
        Assert.Empty((await fixture.Control.StateAsync()).LiveAssociations(instance));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Import_ById_RebuildsFullInputs_AndTheSameProgramIsSame(bool withDomain)
    {
        var instance = LifecycleFixture.NewInstanceId();
        var program = Lmus(instance, "bob", o => { if (!withDomain) o.Remove("domain"); });
        var creator = await fixture.NewEngineAsync();
        await creator.UpAsync([program]);

        var engine = await fixture.NewEngineAsync();
        var id = $"{instance}:{LifecycleFixture.DirectoryId}:bob" + (withDomain ? ":corp.example.com" : "");
        var imported = await engine.ImportAsync(Values.Lmus, LmusName, id);

        Assert.Null(imported.Error);
        var entry = Assert.Single(engine.State.Values);
        Assert.Equal(id, entry.Id);
        Assert.True(JsonNode.DeepEquals(program.Inputs, Json(entry.Inputs)), Json(entry.Inputs).ToJsonString());
        Assert.Equal("ASSOCIATED", Json(entry.Outputs).Str("status"));
        Assert.Equal(StepKind.Same, Single(await engine.PreviewAsync([program])).Kind);

        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).LiveAssociations(instance));
    }

    [Theory]
    [InlineData("i-0123456789abcdef0:d-1234567890")]
    [InlineData("i-0123456789abcdef0::alice")]
    [InlineData("a:b:c:d:e")]
    public async Task Import_MalformedId_FailsNamingTheExpectedForm(string id)
    {
        var engine = await fixture.NewEngineAsync();
        var imported = await engine.ImportAsync(Values.Lmus, LmusName, id);
        Assert.NotNull(imported.Error);
        Assert.Contains("<instanceId>:<directoryId>:<username>", imported.Error);
        Assert.Empty(engine.State);
    }

    [Fact]
    public async Task Import_OfAnAssociationThatDoesNotExist_SaysSo()
    {
        var engine = await fixture.NewEngineAsync();
        var imported = await engine.ImportAsync(Values.Lmus, LmusName, $"{LifecycleFixture.NewInstanceId()}:{LifecycleFixture.DirectoryId}:nobody");
        Assert.NotNull(imported.Error);
        Assert.Contains("does not exist", imported.Error);
        Assert.Empty(engine.State);
    }
}
