using System.Diagnostics;
using AwsIdentity.Harness;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AwsIdentity.Soak;

public enum Scenario { Plain, Cancel, Kill }

/// <summary>
/// One lane of the soak: lifecycles one after another on its own cluster and instance, each through fresh
/// provider processes where the scenario needs them (Cancel is provider-wide; a SIGKILLed provider is gone).
/// </summary>
public sealed partial class SoakLane(int lane, EmulatorProcess emulator, FakeEngine engine, SoakCounters counters, Random random, Action<string> log)
{
    private const int MaxAttempts = 8;
    private ProviderProcess? _provider;
    private MiniEngine _engine = null!;

    public async Task RunAsync(DateTimeOffset until, int maxLifecycles, CancellationToken ct)
    {
        try
        {
            for (var i = 0; i < maxLifecycles && DateTimeOffset.UtcNow < until && !ct.IsCancellationRequested; i++)
            {
                var scenario = (Scenario)((i + lane) % 3);
                var clock = Stopwatch.StartNew();
                var note = await LifecycleAsync(new SoakProgram(lane, i), scenario, ct);
                counters.Lifecycle();
                log($"[lane {lane}] #{i} {scenario.ToString().ToLowerInvariant(),-6} {note} ({clock.Elapsed.TotalSeconds:0.0}s)");
            }
        }
        finally
        {
            await StopProviderAsync();
        }
    }

    private async Task<string> LifecycleAsync(SoakProgram program, Scenario scenario, CancellationToken ct)
    {
        var notes = new List<string>();
        await StartProviderAsync(adopt: true);
        // Up tier by tier, as the engine orders dependents after what they depend on. The tier whose up a Cancel or
        // SIGKILL cuts short rotates over the lifecycles, so creates of every kind are interrupted.
        var cut = (program.Iteration / 3 + lane) % SoakProgram.Tiers + 1;
        for (var tier = 1; tier <= SoakProgram.Tiers; tier++)
        {
            var resources = program.Resources("1", tier);
            if (scenario != Scenario.Plain && tier == cut) notes.Add(await InterruptedUpAsync(resources, kill: scenario == Scenario.Kill, ct));
            notes.Add(await ConvergeAsync($"up{tier}", () => _engine.UpAsync(resources, ct), ct));
        }
        await AuditAsync("after up", ct);
        var revision = "1";
        if (scenario == Scenario.Plain)
        {
            // Tags of everything and the registration's settings (its subnets a set: AddSubnets/RemoveSubnets) in place.
            revision = "2";
            notes.Add(await ConvergeAsync("update", () => _engine.UpAsync(program.Resources(revision), ct), ct));
            var refreshed = await _engine.RefreshAsync(ct);
            var failed = refreshed.Count(e => e.Error is not null);
            for (var n = 0; n < failed; n++) counters.StepError();
            notes.Add(failed == 0 ? "refresh ok" : $"refresh {failed} errors");
            await AuditAsync("after refresh", ct);
        }
        // Teardown backwards: the associations, then the subscriptions (AWS refuses to stop one while the user is
        // associated), then the registration and the config (no deregistration while users are subscribed).
        for (var tier = SoakProgram.Tiers - 1; tier >= 1; tier--)
        {
            var resources = program.Resources(revision, tier);
            notes.Add(await ConvergeAsync($"down{tier}", () => _engine.UpAsync(resources, ct), ct));
        }
        notes.Add(await ConvergeAsync("destroy", () => _engine.DestroyAsync(ct), ct));
        await AuditAsync("after destroy", ct);
        return string.Join(", ", notes);
    }

    /// <summary>An up cut short mid-wait: a Cancel RPC (then a new provider, as the engine would start one), or
    /// SIGKILL of the provider mid-create (the engine hears nothing back, so no state is recorded for it).</summary>
    private async Task<string> InterruptedUpAsync(IReadOnlyList<Declared> resources, bool kill, CancellationToken ct)
    {
        var urns = resources.Select(r => _engine.Urn(r.Type, r.Name)).ToHashSet();
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLog(LogRequest l) { if (l.Ephemeral && urns.Contains(l.Urn)) waiting.TrySetResult(); }
        engine.OnLog += OnLog;
        var clock = Stopwatch.StartNew();
        var up = _engine.UpAsync(resources, ct);
        string trigger;
        try
        {
            // Mostly in the middle of a wait (a status line came); sometimes at a random point of the create.
            if (random.Next(3) > 0)
            {
                await Task.WhenAny(waiting.Task, up, Task.Delay(TimeSpan.FromSeconds(30), ct));
                await Task.Delay(random.Next(0, 800), ct);
                trigger = "mid-wait";
            }
            else
            {
                await Task.WhenAny(up, Task.Delay(random.Next(50, 2500), ct));
                trigger = "at random";
            }
        }
        finally
        {
            engine.OnLog -= OnLog;
        }
        var at = clock.Elapsed;
        if (up.IsCompleted) return $"{(kill ? "kill" : "cancel")} came too late ({at.TotalSeconds:0.0}s)";
        if (kill)
        {
            Signals.Send(_provider!.Pid, Signals.SigKill);
            counters.Kill();
        }
        else
        {
            await _provider!.Client.CancelAsync(new Empty(), cancellationToken: ct);
            counters.Cancel();
        }
        try { await up; } catch (EngineRunException) { counters.StepError(); }
        var partial = _engine.State.Values.Count(s => s.InitErrors.Count > 0);
        counters.Partial(partial);
        // Objects the interrupted provider made that the state does not name: the next up must take them over.
        var untracked = (await LaneAuditAsync()).Orphans.Count;
        counters.Untracked(untracked);
        await StartProviderAsync(adopt: true);
        return $"{(kill ? "SIGKILL" : "Cancel")} {trigger} at {at.TotalSeconds:0.0}s ({_engine.State.Count} in state, {partial} partial, {untracked} in AWS only)";
    }

    /// <summary>Runs an engine operation until it succeeds, as a user re-runs `pulumi up` after a transient failure.</summary>
    private async Task<string> ConvergeAsync(string what, Func<Task<IReadOnlyList<StepEvent>>> run, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                await run();
                return attempt == 1 ? $"{what} ok" : $"{what} ok after {attempt} attempts";
            }
            catch (EngineRunException e)
            {
                counters.StepError();
                if (attempt < MaxAttempts) counters.Retry();
                log($"[lane {lane}]   {what} attempt {attempt}: {e.Message}");
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        }
        counters.Unconverged($"lane {lane}: {what} did not converge in {MaxAttempts} attempts");
        return $"{what} FAILED";
    }
}
