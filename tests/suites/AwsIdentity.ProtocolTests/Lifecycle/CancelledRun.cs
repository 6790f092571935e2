using AwsIdentity.Harness;
using Google.Protobuf.WellKnownTypes;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// Ctrl-C during `pulumi up`: a provider process of its own (Cancel is provider-wide and final) creates the
/// resource; once the create is polling (its first status line reached the engine) the engine calls Cancel. The
/// recorded state is handed to a fresh engine on the class's provider, as the next `pulumi` command would see it.
/// </summary>
public static class CancelledRun
{
    public sealed record Outcome(EngineRunException Failure, StateEntry Entry, MiniEngine Next);

    public static async Task<Outcome> CreateAndCancelAsync(LifecycleFixture fixture, Declared program)
    {
        await using var provider = await fixture.StartProviderAsync();
        var engine = await fixture.NewEngineAsync(provider);
        var urn = engine.Urn(program.Type, program.Name);
        var up = engine.UpAsync([program]);
        await fixture.Engine.WaitForLogAsync(l => l.Ephemeral && l.Urn == urn, TimeSpan.FromSeconds(15));
        await provider.Client.CancelAsync(new Empty());

        var failure = await Assert.ThrowsAsync<EngineRunException>(() => up);
        var entry = Assert.Single(engine.State.Values);
        var exit = await provider.SignalAndWaitAsync(Signals.SigInt, TimeSpan.FromSeconds(5));
        Assert.True(exit == 0, $"the cancelled provider should exit 0 on SIGINT, got {exit?.ToString() ?? "no exit"}; stderr: {provider.Stderr}");

        var next = await fixture.NewEngineAsync();
        next.Adopt(engine.State.Values);
        return new Outcome(failure, entry, next);
    }
}
