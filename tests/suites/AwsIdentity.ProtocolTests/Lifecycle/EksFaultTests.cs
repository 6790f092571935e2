using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>awsidentity:eks:IdentityProviderConfig with faults injected through the emulator's control API.</summary>
public sealed class EksFaultTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Theory]
    [InlineData("ResourceInUseException", 409, 2)]
    [InlineData("ThrottlingException", 429, 3)]
    public async Task Create_BusyOrThrottled_RetriesAndSucceeds(string errorCode, int httpStatus, int count)
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.ResetStatsAsync();
        await fixture.Control.NextErrorsAsync("AssociateIdentityProviderConfig", errorCode, count, httpStatus);

        var created = Single(await engine.UpAsync([Eks(cluster)]));

        Assert.Equal(StepKind.Create, created.Kind);
        Assert.Equal("ACTIVE", Json(created.Outputs).Str("status"));
        Assert.Equal(count + 1, await fixture.Control.CallsAsync("AssociateIdentityProviderConfig"));
        var live = await fixture.Control.StateAsync();
        Assert.Single(live.Configs(cluster));
        Assert.Single(live.Updates(cluster)); // retried, not associated twice
        await engine.DestroyAsync();
    }

    [Fact]
    public async Task Destroy_BusyCluster_RetriesAndSucceeds()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Eks(cluster)]);
        await fixture.Control.ResetStatsAsync();
        await fixture.Control.NextErrorsAsync("DisassociateIdentityProviderConfig", "ResourceInUseException", 2, 409);

        var destroyed = Single(await engine.DestroyAsync());

        Assert.Null(destroyed.Error);
        Assert.Equal(3, await fixture.Control.CallsAsync("DisassociateIdentityProviderConfig"));
        Assert.Empty((await fixture.Control.StateAsync()).Configs(cluster));
    }

    [Fact]
    public async Task Destroy_FailedDisassociation_FailsNamingTheError_AndKeepsTheResourceInState()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Eks(cluster)]);
        await fixture.Control.FailNextUpdateAsync("ClusterUnreachable", "the API server did not answer", cluster);

        var failure = await Assert.ThrowsAsync<EngineRunException>(() => engine.DestroyAsync());

        var step = Assert.Single(failure.Events);
        Assert.Contains("ClusterUnreachable", step.Error);
        Assert.Contains("the API server did not answer", step.Error);
        Assert.Single(engine.State);
        Assert.Equal("ACTIVE", Assert.Single((await fixture.Control.StateAsync()).Configs(cluster)).Str("status"));
        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).Configs(cluster));
    }

    [Fact]
    public async Task Create_FailedUpdate_FailsNamingTheErrorCodeAndMessage_AndOrphansNothing()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.FailNextUpdateAsync("AccessDenied", "role cannot be assumed", cluster);

        var failure = await Assert.ThrowsAsync<EngineRunException>(() => engine.UpAsync([Eks(cluster)]));

        var step = Assert.Single(failure.Events);
        Assert.Contains("AccessDenied", step.Error);
        Assert.Contains("role cannot be assumed", step.Error);
        Assert.Contains("Failed", step.Error);
        var live = await fixture.Control.StateAsync();
        if (live.Configs(cluster).Count == 0)
        {
            Assert.False(step.Partial, "nothing exists in EKS, so nothing may stay in state");
            Assert.Empty(engine.State);
        }
        else
        {
            Assert.True(step.Partial);
            Assert.NotEmpty(Assert.Single(engine.State.Values).InitErrors);
            await engine.DestroyAsync();
            Assert.Empty((await fixture.Control.StateAsync()).Configs(cluster));
        }
    }

    [Fact]
    public async Task Create_TimesOut_KeepsPartialState_ThenUpFinishesIt_AndDestroyCleansUp()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.SettingsAsync(3000);
        EngineRunException failure;
        try
        {
            failure = await Assert.ThrowsAsync<EngineRunException>(() => engine.UpAsync([Eks(cluster, timeoutSeconds: 1)]));
        }
        finally
        {
            await fixture.Control.SettingsAsync(LifecycleFixture.TransitionMs);
        }

        var step = Assert.Single(failure.Events);
        Assert.True(step.Partial, step.Error);
        Assert.Contains("1s", step.Error);
        Assert.Contains("customTimeouts", step.Error);
        var entry = Assert.Single(engine.State.Values);
        Assert.Equal($"{cluster}:corp-oidc", entry.Id);
        Assert.NotEmpty(entry.InitErrors);
        Assert.Single((await fixture.Control.StateAsync()).Configs(cluster));

        var finished = Single(await engine.UpAsync([Eks(cluster)]));
        Assert.Equal(StepKind.Update, finished.Kind);
        Assert.Empty(entry.InitErrors);
        Assert.Equal("ACTIVE", Json(entry.Outputs).Str("status"));
        Assert.StartsWith("arn:aws:eks:", Json(entry.Outputs).Str("arn"));
        Assert.Equal(LifecycleFixture.DefaultTagOwner, Json(entry.Outputs).Str("tagsAll.owner"));

        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).Configs(cluster));
    }

    [Fact]
    public async Task Create_CancelledMidWait_KeepsPartialState_AndDestroyLeavesNothing()
    {
        var cluster = await fixture.NewClusterAsync();
        await fixture.Control.SettingsAsync(3000);
        CancelledRun.Outcome outcome;
        try
        {
            outcome = await CancelledRun.CreateAndCancelAsync(fixture, Eks(cluster));
        }
        finally
        {
            await fixture.Control.SettingsAsync(LifecycleFixture.TransitionMs);
        }

        var step = Assert.Single(outcome.Failure.Events);
        Assert.True(step.Partial, step.Error);
        Assert.Contains("cancel", step.Error);
        Assert.Equal($"{cluster}:corp-oidc", outcome.Entry.Id);
        Assert.NotEmpty(outcome.Entry.InitErrors);
        Assert.Single((await fixture.Control.StateAsync()).Configs(cluster));

        var destroyed = Single(await outcome.Next.DestroyAsync());
        Assert.Null(destroyed.Error);
        Assert.Empty(outcome.Next.State);
        Assert.Empty((await fixture.Control.StateAsync()).Configs(cluster));
    }
}
