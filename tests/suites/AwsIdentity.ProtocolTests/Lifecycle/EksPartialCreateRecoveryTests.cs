using System.Diagnostics;
using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// An IdentityProviderConfig create timed out, then its association update failed in EKS and took the config with it
/// (tools/AwsIdentity.Emulator/README.md: "A failed association update removes the config"). The next `pulumi up`
/// updates the partial resource (pkg/resource/deploy/step_generator.go: old.InitErrors gives an Update step); it must
/// converge at once, not wait the whole timeout for a config that will never appear.
/// </summary>
public sealed class EksPartialCreateRecoveryTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Fact]
    public async Task Up_after_the_timed_out_association_failed_associates_again_and_converges()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await TimedOutThenFailedAsync(cluster);

        var clock = Stopwatch.StartNew();
        var step = Single(await engine.UpAsync([Eks(cluster, timeoutSeconds: 20)]));

        Assert.Null(step.Error);
        Assert.Equal(StepKind.Update, step.Kind);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        var entry = Assert.Single(engine.State.Values);
        Assert.Empty(entry.InitErrors);
        Assert.Equal("ACTIVE", Json(entry.Outputs).Str("status"));
        var live = Assert.Single((await fixture.Control.StateAsync()).Configs(cluster));
        Assert.Equal(live.Str("arn"), Json(entry.Outputs).Str("arn"));
        var liveTags = (await fixture.Control.StateAsync()).TagsOf(live.Str("arn")!);
        Assert.Equal(LifecycleFixture.DefaultTagOwner, liveTags.Str("owner"));
        // Associated again by the update, it carries the marker a create leaves (README "Ownership"), so a later
        // interrupted attempt of this resource still recognises it as its own.
        Assert.Equal(OwnerMarker.Of(entry.Urn), liveTags.Str(OwnerMarker.Key));

        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).Configs(cluster));
    }

    [Fact]
    public async Task Up_whose_new_association_fails_too_fails_at_once_with_the_reason_AWS_gave_and_the_next_up_converges()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await TimedOutThenFailedAsync(cluster);
        await fixture.Control.FailNextUpdateAsync("AccessDenied", "role cannot be assumed", cluster);

        var clock = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAsync<EngineRunException>(() => engine.UpAsync([Eks(cluster, timeoutSeconds: 20)]));

        var step = Assert.Single(failure.Events);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Contains("AccessDenied", step.Error);
        Assert.Contains("role cannot be assumed", step.Error);
        Assert.DoesNotContain("customTimeouts", step.Error);
        Assert.NotEmpty(Assert.Single(engine.State.Values).InitErrors);

        Assert.Null(Single(await engine.UpAsync([Eks(cluster)])).Error);
        Assert.Equal("ACTIVE", Assert.Single((await fixture.Control.StateAsync()).Configs(cluster)).Str("status"));
        await engine.DestroyAsync();
    }

    /// <summary>A create that timed out (1 s) while its association was pending, then the association failed.</summary>
    private async Task<MiniEngine> TimedOutThenFailedAsync(string cluster)
    {
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.SettingsAsync(2000);
        try
        {
            await fixture.Control.FailNextUpdateAsync("ClusterUnreachable", "the API server did not answer", cluster);
            var failure = await Assert.ThrowsAsync<EngineRunException>(() => engine.UpAsync([Eks(cluster, timeoutSeconds: 1)]));
            Assert.True(Assert.Single(failure.Events).Partial);
        }
        finally
        {
            await fixture.Control.SettingsAsync(LifecycleFixture.TransitionMs);
        }
        var deadline = Stopwatch.StartNew();
        while ((await fixture.Control.StateAsync()).Configs(cluster).Count > 0)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(15), "the failed association never removed the config");
            await Task.Delay(200);
        }
        return engine;
    }
}
