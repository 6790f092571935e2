using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;
using static AwsIdentity.ProtocolTests.Lifecycle.SubscriptionPrograms;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>awsidentity:licensemanager:ProductSubscription with faults injected through the emulator's control API.</summary>
public sealed class SubscriptionFaultTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Theory]
    [InlineData("StartProductSubscription", "ConflictException", 409, 2)]
    [InlineData("StartProductSubscription", "ThrottlingException", 429, 3)]
    [InlineData("ListProductSubscriptions", "ThrottlingException", 429, 3)]
    public async Task Create_ConflictOrThrottled_RetriesAndSucceeds(string operation, string errorCode, int httpStatus, int count)
    {
        var directory = await SeededDirectoryAsync(fixture);
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.ResetStatsAsync();
        await fixture.Control.NextErrorsAsync(operation, errorCode, count, httpStatus);

        var created = Single(await engine.UpAsync([Subscription(directory)]));

        Assert.Equal(StepKind.Create, created.Kind);
        Assert.Equal("SUBSCRIBED", Json(created.Outputs).Str("status"));
        Assert.True(await fixture.Control.CallsAsync(operation) > count, $"{operation} should have been called again after {count} failures");
        Assert.Single((await fixture.Control.StateAsync()).Subscriptions(directory));
        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).LiveSubscriptions(directory));
    }

    [Fact]
    public async Task Delete_ThrottledStop_RetriesAndStops()
    {
        var directory = await SeededDirectoryAsync(fixture);
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Subscription(directory)]);
        await fixture.Control.NextErrorsAsync("StopProductSubscription", "ThrottlingException", 2, 429);

        Assert.Null(Single(await engine.DestroyAsync()).Error);
        Assert.Equal("UNSUBSCRIBED", Assert.Single((await fixture.Control.StateAsync()).Subscriptions(directory)).Str("status"));
    }

    [Fact]
    public async Task Create_FailedSubscription_FailsWithAwsMessage_KeepsPartialState_AndDestroyCleansUp()
    {
        var directory = await SeededDirectoryAsync(fixture);
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.FailNextSubscriptionAsync("User alice not found in directory");

        var failure = await Assert.ThrowsAsync<EngineRunException>(() => engine.UpAsync([Subscription(directory)]));

        var step = Assert.Single(failure.Events);
        Assert.Contains("FAILED", step.Error);
        Assert.Contains("User alice not found in directory", step.Error);
        Assert.True(step.Partial, "StartProductSubscription succeeded, so the subscription must stay in state");
        var entry = Assert.Single(engine.State.Values);
        Assert.Equal(SubscriptionId(directory), entry.Id);
        Assert.NotEmpty(entry.InitErrors);
        Assert.Equal(Assert.Single((await fixture.Control.StateAsync()).Subscriptions(directory)).Str("arn"), Json(entry.Outputs).Str("productUserArn"));

        Assert.Null(Single(await engine.DestroyAsync()).Error);
        Assert.Empty(engine.State);
        Assert.Empty((await fixture.Control.StateAsync()).LiveSubscriptions(directory));
    }

    [Fact]
    public async Task Create_TimesOutAfterAwsAccepted_KeepsPartialState_ThenUpFinishesIt()
    {
        var directory = await SeededDirectoryAsync(fixture);
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.SettingsAsync(3000);
        EngineRunException failure;
        try
        {
            failure = await Assert.ThrowsAsync<EngineRunException>(() => engine.UpAsync([Subscription(directory, timeoutSeconds: 1)]));
        }
        finally
        {
            await fixture.Control.SettingsAsync(LifecycleFixture.TransitionMs);
        }

        Assert.True(Assert.Single(failure.Events).Partial);
        var entry = Assert.Single(engine.State.Values);
        Assert.NotEmpty(entry.InitErrors);
        Assert.Equal("PENDING", Assert.Single((await fixture.Control.StateAsync()).Subscriptions(directory)).Str("status"));

        Assert.Equal(StepKind.Update, Single(await engine.UpAsync([Subscription(directory)])).Kind);
        Assert.Empty(entry.InitErrors);
        Assert.Equal("SUBSCRIBED", Json(entry.Outputs).Str("status"));
        Assert.Single((await fixture.Control.StateAsync()).Subscriptions(directory));
        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).LiveSubscriptions(directory));
    }
}
