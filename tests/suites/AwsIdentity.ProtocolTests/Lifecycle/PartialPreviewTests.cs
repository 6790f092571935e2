using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// Preview of the Update that finishes a partial create (the engine updates a resource with init errors:
/// pkg/resource/deploy/step_generator.go). Preview outputs are the planned state (pkg/resource/deploy/step.go
/// UpdateStep), so what the update will set is unknown there, not the stale values of the interrupted create.
/// </summary>
public sealed class PartialPreviewTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Theory]
    [InlineData(Values.Eks, "clusterName", new[] { "arn", "status" })]
    [InlineData(Values.Lmus, "instanceId", new[] { "instanceUserArn", "status", "associationDate" })]
    public async Task Preview_after_a_timed_out_create_shows_what_the_update_sets_as_unknown(string type, string input, string[] computed)
    {
        var target = type == Values.Eks ? await fixture.NewClusterAsync() : LifecycleFixture.NewInstanceId();
        Declared Program(double timeout) => type == Values.Eks ? Eks(target, timeoutSeconds: timeout) : Lmus(target, timeoutSeconds: timeout);
        var engine = await PartialAsync(Program(1));

        var preview = Single(await engine.PreviewAsync([Program(TimeoutSeconds)]));

        Assert.Equal(StepKind.Update, preview.Kind);
        var outputs = Json(preview.Outputs);
        Assert.All(computed, key => Assert.Equal(Values.Unknown, outputs.Str(key)));
        Assert.Equal(target, outputs.Str(input));
        Assert.Equal(LifecycleFixture.DefaultTagOwner, outputs.Str("tagsAll.owner"));
        await engine.DestroyAsync();
    }

    [Fact]
    public async Task Preview_of_a_settled_resource_keeps_its_known_outputs()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Eks(cluster)]);

        var preview = Single(await engine.PreviewAsync([Eks(cluster, o => o["tags"] = new System.Text.Json.Nodes.JsonObject { ["team"] = "x" })]));

        Assert.Equal(StepKind.Update, preview.Kind);
        Assert.Equal("ACTIVE", Json(preview.Outputs).Str("status"));
        Assert.StartsWith("arn:aws:eks:", Json(preview.Outputs).Str("arn"));
        await engine.DestroyAsync();
    }

    /// <summary>An engine whose state holds <paramref name="program"/>'s resource after a create that timed out.</summary>
    private async Task<MiniEngine> PartialAsync(Declared program)
    {
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.SettingsAsync(3000);
        try
        {
            var failure = await Assert.ThrowsAsync<EngineRunException>(() => engine.UpAsync([program]));
            Assert.True(Assert.Single(failure.Events).Partial);
        }
        finally
        {
            await fixture.Control.SettingsAsync(LifecycleFixture.TransitionMs);
        }
        Assert.NotEmpty(Assert.Single(engine.State.Values).InitErrors);
        return engine;
    }
}
