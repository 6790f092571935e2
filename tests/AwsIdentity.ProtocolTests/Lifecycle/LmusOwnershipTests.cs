using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// awsidentity:licensemanager:UserAssociation adopts only what it created itself (issue 11, 2.2): a second stack
/// for the same user is refused, an association made outside Pulumi gets the import command, a create cut short
/// by a crash is taken over by the next up of the same stack, and the marker stays out of tags and tagsAll.
/// </summary>
public sealed class LmusOwnershipTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Fact]
    public async Task Create_SameUserInASecondStack_FailsAsOwnedElsewhere_AndTheFirstStacksAssociationSurvives()
    {
        var instance = LifecycleFixture.NewInstanceId();
        var first = await fixture.NewEngineAsync();
        await first.UpAsync([Lmus(instance)]);
        var arn = Json(first.State.Values.Single().Outputs).Str("instanceUserArn")!;

        var second = await fixture.NewEngineAsync();
        var error = await FailedCreateAsync(second, Lmus(instance), instance);

        Assert.StartsWith($"Create: associating user alice with instance {instance}: ", error);
        Assert.Contains("owned elsewhere", error);
        Assert.Contains(arn, error);
        Assert.DoesNotContain("pulumi import", error);
        Assert.Empty(second.State);
        await second.DestroyAsync();
        var association = Assert.Single((await fixture.Control.StateAsync()).Associations(instance));
        Assert.Equal(("ASSOCIATED", arn), (association.Str("status"), association.Str("arn")));

        Assert.Equal(StepKind.Same, Single(await first.UpAsync([Lmus(instance)])).Kind);
        await first.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).LiveAssociations(instance));
    }

    [Fact]
    public async Task Create_UserAssociatedOutsidePulumi_FailsWithTheExactImportCommand_WhichThenWorks()
    {
        var instance = LifecycleFixture.NewInstanceId();
        using var outside = new OutsideAws(fixture);
        var arn = await outside.AssociateUserAsync(instance);
        var engine = await fixture.NewEngineAsync();

        var error = await FailedCreateAsync(engine, Lmus(instance), instance);

        var id = $"{instance}:{LifecycleFixture.DirectoryId}:alice:corp.example.com";
        Assert.StartsWith($"Create: associating user alice with instance {instance}: ", error);
        Assert.Contains(arn, error);
        Assert.Contains($"pulumi import {Values.Lmus} {LmusName} {id}", error);
        Assert.DoesNotContain("owned elsewhere", error);
        Assert.Empty(engine.State);
        Assert.Single((await fixture.Control.StateAsync()).LiveAssociations(instance));

        var imported = await engine.ImportAsync(Values.Lmus, LmusName, id);
        Assert.Null(imported.Error);
        Assert.Equal(arn, Json(imported.Outputs).Str("instanceUserArn"));
        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).LiveAssociations(instance));
    }

    [Fact]
    public async Task Create_ProviderKilledMidCreate_TheNextUpOfTheSameStackAdoptsItsOwnAssociation()
    {
        var instance = LifecycleFixture.NewInstanceId();
        var stack = "crash-" + Guid.NewGuid().ToString("N")[..6];
        await fixture.Control.SettingsAsync(3000); // slow enough that the kill lands mid-wait
        try
        {
            await using var doomed = await fixture.StartProviderAsync();
            var engine = await fixture.NewEngineAsync(doomed, stack: stack);
            var urn = engine.Urn(Values.Lmus, LmusName);
            var up = engine.UpAsync([Lmus(instance)]);
            await fixture.Engine.WaitForLogAsync(l => l.Ephemeral && l.Urn == urn, TimeSpan.FromSeconds(15));
            Signals.Send(doomed.Pid, Signals.SigKill);
            await Assert.ThrowsAsync<EngineRunException>(() => up);
            Assert.Empty(engine.State);
        }
        finally
        {
            await fixture.Control.SettingsAsync(LifecycleFixture.TransitionMs);
        }
        var arn = Assert.Single((await fixture.Control.StateAsync()).LiveAssociations(instance)).Str("arn");

        var next = await fixture.NewEngineAsync(stack: stack);
        var created = Single(await next.UpAsync([Lmus(instance)]));

        Assert.Equal(StepKind.Create, created.Kind);
        Assert.Equal(arn, Json(created.Outputs).Str("instanceUserArn"));
        Assert.Equal("ASSOCIATED", Json(created.Outputs).Str("status"));
        Assert.Single((await fixture.Control.StateAsync()).LiveAssociations(instance));
        await next.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).LiveAssociations(instance));
    }

    [Fact]
    public async Task Marker_IsInAwsButNeverInTagsOrTagsAll_AndSurvivesTagUpdatesRefreshAndImport()
    {
        var instance = LifecycleFixture.NewInstanceId();
        var engine = await fixture.NewEngineAsync();
        var urn = engine.Urn(Values.Lmus, LmusName);
        var created = Single(await engine.UpAsync([Lmus(instance)]));
        var arn = Json(created.Outputs).Str("instanceUserArn")!;
        OwnerMarker.AssertHidden(Json(created.Outputs));
        Assert.Equal(OwnerMarker.Of(urn), (await fixture.Control.StateAsync()).TagsOf(arn)[OwnerMarker.Key]?.GetValue<string>());

        // Every own tag replaced: the update removes "team" and adds "cost", and must leave the marker alone.
        var retagged = Lmus(instance, edit: o => o["tags"] = new JsonObject { ["cost"] = "1234" });
        var updated = Single(await engine.UpAsync([retagged]));
        Assert.Equal(StepKind.Update, updated.Kind);
        OwnerMarker.AssertHidden(Json(updated.Outputs));
        var expected = OwnerMarker.Plus(new JsonObject { ["owner"] = LifecycleFixture.DefaultTagOwner, ["cost"] = "1234" }, urn);
        var live = (await fixture.Control.StateAsync()).TagsOf(arn);
        Assert.True(JsonNode.DeepEquals(expected, live), live.ToJsonString());

        Assert.Null(Assert.Single(await engine.RefreshAsync()).Error);
        var entry = engine.State.Values.Single();
        OwnerMarker.AssertHidden(Json(entry.Outputs));
        OwnerMarker.AssertHidden(Json(entry.Inputs));
        Assert.Equal(StepKind.Same, Single(await engine.PreviewAsync([retagged])).Kind);

        var importer = await fixture.NewEngineAsync();
        var imported = await importer.ImportAsync(Values.Lmus, LmusName, entry.Id);
        Assert.Null(imported.Error);
        OwnerMarker.AssertHidden(Json(imported.Outputs));
        OwnerMarker.AssertHidden(Json(importer.State.Values.Single().Inputs));

        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).LiveAssociations(instance));
    }

    /// <summary>The up must fail; if it succeeds (the old adopt-anything behaviour), the failure says what that did.</summary>
    private async Task<string> FailedCreateAsync(MiniEngine engine, Declared program, string instance)
    {
        try
        {
            await engine.UpAsync([program]);
        }
        catch (EngineRunException e)
        {
            return Assert.Single(e.Events).Error!;
        }
        var arn = Json(engine.State.Values.Single().Outputs).Str("instanceUserArn");
        await engine.DestroyAsync();
        var left = (await fixture.Control.StateAsync()).Associations(instance).Select(a => $"{a.Str("arn")} {a.Str("status")}");
        Assert.Fail($"the up succeeded by adopting {arn}; after destroying that stack the user's associations are: {string.Join(", ", left)}");
        return "";
    }
}
