using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>awsidentity:licensemanager:UserAssociation with faults injected through the emulator's control API.</summary>
public sealed class LmusFaultTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Theory]
    [InlineData("AssociateUser", "ConflictException", 409, 2)]
    [InlineData("AssociateUser", "ThrottlingException", 429, 3)]
    [InlineData("ListUserAssociations", "ThrottlingException", 429, 3)]
    public async Task Create_ConflictOrThrottled_RetriesAndSucceeds(string operation, string errorCode, int httpStatus, int count)
    {
        var instance = LifecycleFixture.NewInstanceId();
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.ResetStatsAsync();
        await fixture.Control.NextErrorsAsync(operation, errorCode, count, httpStatus);

        var created = Single(await engine.UpAsync([Lmus(instance)]));

        Assert.Equal(StepKind.Create, created.Kind);
        Assert.Equal("ASSOCIATED", Json(created.Outputs).Str("status"));
        Assert.True(await fixture.Control.CallsAsync(operation) > count, $"{operation} should have been called again after {count} failures");
        Assert.Single((await fixture.Control.StateAsync()).Associations(instance));
        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).LiveAssociations(instance));
    }

    [Fact]
    public async Task Create_FailedAssociation_FailsNamingStatusAndMessage_KeepsPartialState_AndDestroyCleansUp()
    {
        var instance = LifecycleFixture.NewInstanceId();
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.FailNextAssociationAsync("Directory unreachable from the instance subnet");

        var failure = await Assert.ThrowsAsync<EngineRunException>(() => engine.UpAsync([Lmus(instance)]));

        var step = Assert.Single(failure.Events);
        Assert.Contains("FAILED", step.Error);
        Assert.Contains("Directory unreachable from the instance subnet", step.Error);
        Assert.True(step.Partial, "AssociateUser succeeded, so the association must stay in state");
        var entry = Assert.Single(engine.State.Values);
        Assert.Equal($"{instance}:{LifecycleFixture.DirectoryId}:alice:corp.example.com", entry.Id);
        Assert.NotEmpty(entry.InitErrors);
        Assert.Equal(Assert.Single((await fixture.Control.StateAsync()).Associations(instance)).Str("arn"),
            Json(entry.Outputs).Str("instanceUserArn"));

        var destroyed = Single(await engine.DestroyAsync());
        Assert.Null(destroyed.Error);
        Assert.Empty(engine.State);
        Assert.Empty((await fixture.Control.StateAsync()).LiveAssociations(instance));
    }

    [Fact]
    public async Task Create_TimesOut_KeepsPartialState_ThenUpFinishesIt()
    {
        var instance = LifecycleFixture.NewInstanceId();
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.SettingsAsync(3000);
        EngineRunException failure;
        try
        {
            failure = await Assert.ThrowsAsync<EngineRunException>(() => engine.UpAsync([Lmus(instance, timeoutSeconds: 1)]));
        }
        finally
        {
            await fixture.Control.SettingsAsync(LifecycleFixture.TransitionMs);
        }

        Assert.True(Assert.Single(failure.Events).Partial);
        var entry = Assert.Single(engine.State.Values);
        Assert.NotEmpty(entry.InitErrors);

        Assert.Equal(StepKind.Update, Single(await engine.UpAsync([Lmus(instance)])).Kind);
        Assert.Empty(entry.InitErrors);
        Assert.Equal("ASSOCIATED", Json(entry.Outputs).Str("status"));
        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).LiveAssociations(instance));
    }

    [Fact]
    public async Task Create_CancelledMidWait_KeepsPartialState_AndDestroyLeavesNothing()
    {
        var instance = LifecycleFixture.NewInstanceId();
        await fixture.Control.SettingsAsync(3000);
        CancelledRun.Outcome outcome;
        try
        {
            outcome = await CancelledRun.CreateAndCancelAsync(fixture, Lmus(instance));
        }
        finally
        {
            await fixture.Control.SettingsAsync(LifecycleFixture.TransitionMs);
        }

        var step = Assert.Single(outcome.Failure.Events);
        Assert.True(step.Partial, step.Error);
        Assert.Contains("cancel", step.Error);
        Assert.NotEmpty(outcome.Entry.InitErrors);
        Assert.Single((await fixture.Control.StateAsync()).LiveAssociations(instance));

        var destroyed = Single(await outcome.Next.DestroyAsync());
        Assert.Null(destroyed.Error);
        Assert.Empty(outcome.Next.State);
        Assert.Empty((await fixture.Control.StateAsync()).LiveAssociations(instance));
    }
}
