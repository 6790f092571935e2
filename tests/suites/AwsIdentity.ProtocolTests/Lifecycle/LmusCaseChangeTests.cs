using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// Issue 11 §2.1: AD user names and domain names ignore case, in AWS and in the emulator (LmusAssociationOps
/// matches them case-insensitively). A program that only changes their case must leave the user associated, with a
/// stack that agrees with AWS, after the engine's steps (MiniEngine replays step_generator.go's replacement order).
/// </summary>
public sealed class LmusCaseChangeTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Theory]
    [InlineData("username", "Alice")]
    [InlineData("domain", "CORP.Example.com")]
    public async Task Up_CaseOnlyChangeOfTheIdentity_LeavesTheUserAssociated_AndTheStateMatchesAws(string field, string value)
    {
        var instance = LifecycleFixture.NewInstanceId();
        var engine = await fixture.NewEngineAsync();
        await engine.UpAsync([Lmus(instance)]);

        var events = await engine.UpAsync([Lmus(instance, edit: o => o[field] = value)]);

        Assert.All(events, e => Assert.Null(e.Error));
        Assert.Empty(engine.PendingDeletes);
        var live = Assert.Single((await fixture.Control.StateAsync()).LiveAssociations(instance));
        Assert.Equal("ASSOCIATED", live.Str("status"));
        var entry = Assert.Single(engine.State.Values);
        var outputs = Json(entry.Outputs);
        Assert.Equal(live.Str("arn"), outputs.Str("instanceUserArn"));
        Assert.Equal("ASSOCIATED", outputs.Str("status"));
        Assert.Equal(live.Str("username"), outputs.Str("username"), ignoreCase: true);

        // The next run sees nothing to do, and the stack still describes the live association.
        var again = Single(await engine.UpAsync([Lmus(instance, edit: o => o[field] = value)]));
        Assert.Equal(StepKind.Same, again.Kind);
        Assert.Equal("ASSOCIATED", Assert.Single((await fixture.Control.StateAsync()).LiveAssociations(instance)).Str("status"));

        await engine.DestroyAsync();
        Assert.Empty((await fixture.Control.StateAsync()).LiveAssociations(instance));
    }
}
