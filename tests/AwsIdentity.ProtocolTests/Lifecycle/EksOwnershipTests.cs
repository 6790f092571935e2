using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// awsidentity:eks:IdentityProviderConfig adopts only what it created itself (issue 11, 2.2): a second stack for
/// the same config is refused, a config made outside Pulumi gets the import command, a create cut short by a crash
/// is taken over by the next up of the same stack (even with other tags, so another idempotency token), and the
/// marker stays out of tags and tagsAll.
/// </summary>
public sealed class EksOwnershipTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Fact]
    public async Task Create_SameConfigInASecondStack_FailsAsOwnedElsewhere_AndTheFirstStacksConfigSurvives()
    {
        var cluster = await fixture.NewClusterAsync();
        var first = await fixture.NewEngineAsync();
        await first.UpAsync([Eks(cluster)]);
        var arn = Json(first.State.Values.Single().Outputs).Str("arn")!;

        var second = await fixture.NewEngineAsync();
        var error = await FailedCreateAsync(second, Eks(cluster), cluster);

        Assert.StartsWith($"Create: creating identity provider config {cluster}:corp-oidc: ", error);
        Assert.Contains("owned elsewhere", error);
        Assert.Contains(arn, error);
        Assert.DoesNotContain("pulumi import", error);
        Assert.Empty(second.State);
        await second.DestroyAsync();
        var config = Assert.Single((await fixture.Control.StateAsync()).Configs(cluster));
        Assert.Equal(("ACTIVE", arn), (config.Str("status"), config.Str("arn")));

        Assert.Equal(StepKind.Same, Single(await first.UpAsync([Eks(cluster)])).Kind);
        await first.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).Configs(cluster));
    }

    [Fact]
    public async Task Create_ConfigAssociatedOutsidePulumi_FailsWithTheExactImportCommand_WhichThenWorks()
    {
        var cluster = await fixture.NewClusterAsync();
        using var outside = new OutsideAws(fixture);
        await outside.AssociateConfigAsync(cluster);
        var engine = await fixture.NewEngineAsync();

        var error = await FailedCreateAsync(engine, Eks(cluster), cluster);

        Assert.StartsWith($"Create: creating identity provider config {cluster}:corp-oidc: ", error);
        Assert.Contains($"pulumi import {Values.Eks} {EksName} {cluster}:corp-oidc", error);
        Assert.DoesNotContain("owned elsewhere", error);
        Assert.Empty(engine.State);
        var arn = Assert.Single((await fixture.Control.StateAsync()).Configs(cluster)).Str("arn");
        Assert.Contains(arn!, error);

        var imported = await engine.ImportAsync(Values.Eks, EksName, $"{cluster}:corp-oidc");
        Assert.Null(imported.Error);
        Assert.Equal(arn, Json(imported.Outputs).Str("arn"));
        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).Configs(cluster));
    }

    [Fact]
    public async Task Create_ProviderKilledMidCreate_TheNextUpOfTheSameStackWithOtherTagsAdoptsItsOwnConfig()
    {
        var cluster = await fixture.NewClusterAsync();
        var stack = "crash-" + Guid.NewGuid().ToString("N")[..6];
        string urn;
        await fixture.Control.SettingsAsync(3000); // slow enough that the kill lands mid-wait
        try
        {
            await using var doomed = await fixture.StartProviderAsync();
            var engine = await fixture.NewEngineAsync(doomed, stack: stack);
            urn = engine.Urn(Values.Eks, EksName);
            var up = engine.UpAsync([Eks(cluster)]);
            await fixture.Engine.WaitForLogAsync(l => l.Ephemeral && l.Urn == urn, TimeSpan.FromSeconds(15));
            Signals.Send(doomed.Pid, Signals.SigKill);
            await Assert.ThrowsAsync<EngineRunException>(() => up);
            Assert.Empty(engine.State);
        }
        finally
        {
            await fixture.Control.SettingsAsync(LifecycleFixture.TransitionMs);
        }
        var arn = Assert.Single((await fixture.Control.StateAsync()).Configs(cluster)).Str("arn");

        // Other tags: another idempotency token, so EKS does not replay the first request; only the marker tells.
        var next = await fixture.NewEngineAsync(stack: stack);
        var retagged = Eks(cluster, o => o["tags"] = new JsonObject { ["team"] = "identity" });
        var created = Single(await next.UpAsync([retagged]));

        Assert.Equal(StepKind.Create, created.Kind);
        Assert.Equal(arn, Json(created.Outputs).Str("arn"));
        Assert.Equal("ACTIVE", Json(created.Outputs).Str("status"));
        var live = (await fixture.Control.StateAsync()).TagsOf(arn!);
        var expected = OwnerMarker.Plus(new JsonObject { ["owner"] = LifecycleFixture.DefaultTagOwner, ["team"] = "identity" }, urn);
        Assert.True(JsonNode.DeepEquals(expected, live), live.ToJsonString());
        await next.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).Configs(cluster));
    }

    [Fact]
    public async Task Marker_IsInAwsButNeverInTagsOrTagsAll_AndSurvivesTagUpdatesRefreshAndImport()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        var urn = engine.Urn(Values.Eks, EksName);
        var created = Single(await engine.UpAsync([Eks(cluster)]));
        var arn = Json(created.Outputs).Str("arn")!;
        OwnerMarker.AssertHidden(Json(created.Outputs));
        Assert.Equal(OwnerMarker.Of(urn), (await fixture.Control.StateAsync()).TagsOf(arn)[OwnerMarker.Key]?.GetValue<string>());

        var retagged = Eks(cluster, o => o["tags"] = new JsonObject { ["cost"] = "1234" });
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
        var imported = await importer.ImportAsync(Values.Eks, EksName, entry.Id);
        Assert.Null(imported.Error);
        OwnerMarker.AssertHidden(Json(imported.Outputs));
        OwnerMarker.AssertHidden(Json(importer.State.Values.Single().Inputs));

        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).Configs(cluster));
    }

    /// <summary>The up must fail; if it succeeds (adopting what is not its own), the failure says what that did.</summary>
    private async Task<string> FailedCreateAsync(MiniEngine engine, Declared program, string cluster)
    {
        try
        {
            await engine.UpAsync([program]);
        }
        catch (EngineRunException e)
        {
            return Assert.Single(e.Events).Error!;
        }
        var arn = Json(engine.State.Values.Single().Outputs).Str("arn");
        await engine.DestroyAsync();
        var left = (await fixture.Control.StateAsync()).Configs(cluster).Select(c => $"{c.Str("arn")} {c.Str("status")}");
        Assert.Fail($"the up succeeded by adopting {arn}; after destroying that stack the cluster's configs are: [{string.Join(", ", left)}]");
        return "";
    }
}
