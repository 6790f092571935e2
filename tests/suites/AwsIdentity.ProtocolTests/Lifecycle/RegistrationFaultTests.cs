using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;
using static AwsIdentity.ProtocolTests.Lifecycle.RegistrationPrograms;
using static AwsIdentity.ProtocolTests.Lifecycle.SubscriptionPrograms;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>awsidentity:licensemanager:IdentityProviderRegistration with faults injected through the emulator's control API.</summary>
public sealed class RegistrationFaultTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Theory]
    [InlineData("RegisterIdentityProvider", "ConflictException", 409, 2)]
    [InlineData("RegisterIdentityProvider", "ThrottlingException", 429, 3)]
    [InlineData("ListIdentityProviders", "ThrottlingException", 429, 3)]
    public async Task Create_ConflictOrThrottled_RetriesAndSucceeds(string operation, string errorCode, int httpStatus, int count)
    {
        var directory = NewDirectoryId();
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.ResetStatsAsync();
        await fixture.Control.NextErrorsAsync(operation, errorCode, count, httpStatus);

        var created = Single(await engine.UpAsync([Registration(directory)]));

        Assert.Equal(StepKind.Create, created.Kind);
        Assert.Equal("REGISTERED", Json(created.Outputs).Str("status"));
        Assert.True(await fixture.Control.CallsAsync(operation) > count, $"{operation} should have been called again after {count} failures");
        Assert.Single((await fixture.Control.StateAsync()).Registrations(directory));
        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).Registrations(directory));
    }

    [Fact]
    public async Task Update_ThrottledSettingsChange_RetriesAndApplies()
    {
        var directory = NewDirectoryId();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Registration(directory)]);
        await fixture.Control.NextErrorsAsync("UpdateIdentityProviderSettings", "ThrottlingException", 2, 429);

        var updated = Single(await engine.UpAsync([Registration(directory, o => o["settings"] = Settings(DefaultSecurityGroup, "subnet-00000001"))]));

        Assert.Equal(StepKind.Update, updated.Kind);
        Assert.Equal(["subnet-00000001"], Assert.Single((await fixture.Control.StateAsync()).Registrations(directory)).LiveSettings().Subnets);
        await engine.DestroyAsync();
    }

    [Fact]
    public async Task Create_FailedRegistration_FailsWithAwsMessage_KeepsPartialState_AndDestroyCleansUp()
    {
        var directory = NewDirectoryId();
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.FailNextRegistrationAsync("Directory d-… cannot be reached from the subnets");

        var failure = await Assert.ThrowsAsync<EngineRunException>(() => engine.UpAsync([Registration(directory)]));

        var step = Assert.Single(failure.Events);
        Assert.Contains("FAILED", step.Error);
        Assert.Contains("cannot be reached from the subnets", step.Error);
        Assert.True(step.Partial, "RegisterIdentityProvider succeeded, so the registration must stay in state");
        var entry = Assert.Single(engine.State.Values);
        Assert.Equal(RegistrationId(directory), entry.Id);
        Assert.NotEmpty(entry.InitErrors);

        Assert.Null(Single(await engine.DestroyAsync()).Error);
        Assert.Empty(engine.State);
        Assert.Empty((await fixture.Control.StateAsync()).LiveRegistrations(directory));
    }

    [Fact]
    public async Task Create_TimesOutAfterAwsAccepted_KeepsPartialState_ThenUpFinishesIt()
    {
        var directory = NewDirectoryId();
        var engine = await fixture.NewEngineAsync();
        await fixture.Control.ResetStatsAsync();
        await fixture.Control.SettingsAsync(3000);
        EngineRunException failure;
        try
        {
            failure = await Assert.ThrowsAsync<EngineRunException>(() => engine.UpAsync([Registration(directory, timeoutSeconds: 1)]));
        }
        finally
        {
            await fixture.Control.SettingsAsync(LifecycleFixture.TransitionMs);
        }

        Assert.True(Assert.Single(failure.Events).Partial);
        var entry = Assert.Single(engine.State.Values);
        Assert.NotEmpty(entry.InitErrors);
        Assert.Equal("REGISTERING", Assert.Single((await fixture.Control.StateAsync()).Registrations(directory)).Str("status"));

        Assert.Equal(StepKind.Update, Single(await engine.UpAsync([Registration(directory)])).Kind);
        Assert.Empty(entry.InitErrors);
        Assert.Equal("REGISTERED", Json(entry.Outputs).Str("status"));
        Assert.Equal(1, await fixture.Control.CallsAsync("RegisterIdentityProvider"));
        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).Registrations(directory));
    }
}
