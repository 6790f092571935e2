using System.Diagnostics;
using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.Bench;

/// <summary>What one convergence run (create all, then destroy all) cost. The process figures are the provider's
/// (peak RSS, CPU) and the emulator's (CPU), read before they exit; the baseline has no provider process (0).</summary>
public sealed record ConvergenceResult(double WallSeconds, double CreateSeconds, int Failures, int Calls, int RateLimited, int Left,
    JsonObject Operations, double ProviderRssMb = 0, double ProviderCpuSeconds = 0, double EmulatorCpuSeconds = 0);

/// <summary>
/// A <see cref="ConvergenceShape"/> created and then destroyed all at once through the provider binary (or, for
/// the 1× shape, the naive baseline), against the emulator's token bucket. The lower bound is the shape's.
/// </summary>
public static class Convergence
{
    private static async Task<BenchWorld> WorldAsync(ConvergenceShape shape)
    {
        var world = await BenchWorld.StartAsync(ConvergenceShape.TransitionMs, shape.Configs);
        await world.Control.RateLimitAsync("eks", ConvergenceShape.Rps, ConvergenceShape.Burst);
        await world.Control.RateLimitAsync("lmus", ConvergenceShape.Rps, ConvergenceShape.Burst);
        return world;
    }

    public static async Task<ConvergenceResult> ProviderAsync(ConvergenceShape shape, CancellationToken ct)
    {
        await using var world = await WorldAsync(shape);
        var resources = Enumerable.Range(0, shape.Configs).Select(c => BenchWorld.EksResource(c))
            .Concat(Enumerable.Range(0, shape.Associations).Select(u => BenchWorld.LmusResource(u, u % shape.Instances))).ToList();
        // All at once, as `pulumi up --parallel` at least the number of resources runs them (1024 covers 1×'s 220).
        // Not pulumi's default: 4 × GOMAXPROCS (pulumi/pulumi pkg/cmd/pulumi/operations/up.go, defaultParallel) step
        // workers (pkg/resource/deploy/step_executor.go), so 8 here; each resource holds a worker for at least one
        // transition, and 2,200 resources would take 2,200 × 5 s / 8 ≈ 23 min a phase, paced by the engine with
        // 8 calls in flight. This is the case that reaches the rate limit's bound, and the provider's memory stress.
        var engine = await world.ProviderAsync(parallelism: Math.Max(1024, resources.Count));
        await world.Control.ResetStatsAsync();
        var emulatorCpu = ProcessFigures.CpuSeconds(world.Emulator.Pid);
        var providerCpu = ProcessFigures.CpuSeconds(world.ProviderPid);
        var failures = 0;
        var clock = Stopwatch.StartNew();
        try { await engine.UpAsync(resources, ct); }
        catch (EngineRunException e) { failures += e.Events.Count(s => s.Error is not null); }
        var created = clock.Elapsed;
        try { await engine.DestroyAsync(ct); }
        catch (EngineRunException e) { failures += e.Events.Count(s => s.Error is not null); }
        var wall = clock.Elapsed;
        var result = await ResultAsync(world, wall, created, failures, timeline: true);
        return result with
        {
            ProviderRssMb = ProcessFigures.PeakRssMb(world.ProviderPid),
            ProviderCpuSeconds = ProcessFigures.CpuSeconds(world.ProviderPid) - providerCpu,
            EmulatorCpuSeconds = ProcessFigures.CpuSeconds(world.Emulator.Pid) - emulatorCpu,
        };
    }

    public static async Task<ConvergenceResult> BaselineAsync(ConvergenceShape shape, CancellationToken ct)
    {
        await using var world = await WorldAsync(shape);
        var naive = new NaiveBaseline(world);
        await world.Control.ResetStatsAsync();
        var failures = 0;
        async Task Run(Func<Task> operation)
        {
            try { await operation(); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (Interlocked.Increment(ref failures) <= 3) Console.WriteLine($"  baseline failure: {e.GetType().Name}: {e.Message}");
            }
        }
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, shape.Configs).Select(c => Run(() => naive.CreateEksAsync(c, ct)))
            .Concat(Enumerable.Range(0, shape.Associations).Select(u => Run(() => naive.CreateLmusAsync(u, u % shape.Instances, ct)))));
        var created = clock.Elapsed;
        await Task.WhenAll(Enumerable.Range(0, shape.Configs).Select(c => Run(() => naive.DeleteEksAsync(c, ct)))
            .Concat(Enumerable.Range(0, shape.Associations).Select(u => Run(() => naive.DeleteLmusAsync(u, u % shape.Instances, ct)))));
        return await ResultAsync(world, clock.Elapsed, created, failures, timeline: false);
    }

    /// <summary>Per second since the start: each operation's calls, with the rate-limited ones after a slash.</summary>
    private static void PrintTimeline(JsonArray timeline)
    {
        for (var second = 0; second < timeline.Count; second++)
        {
            var ops = timeline[second] as JsonObject ?? [];
            var line = string.Join("  ", ops.Select(kv => $"{Abbreviate(kv.Key)} {kv.Value![0]}/{kv.Value[1]}"));
            Console.WriteLine($"  {second,3}s  {line}");
        }
        // Each word's first two letters: AssociateUser → AsUs, DescribeUpdate → DeUp, DisassociateUser → DiUs.
        static string Abbreviate(string op) => string.Concat(op.Select((c, i) => char.IsUpper(c) ? op.Substring(i, Math.Min(2, op.Length - i)) : ""));
    }

    private static async Task<ConvergenceResult> ResultAsync(BenchWorld world, TimeSpan wall, TimeSpan created, int failures, bool timeline)
    {
        var (total, operations, faults, seconds) = await world.StatsAsync();
        Console.WriteLine($"  calls by operation: {operations.ToJsonString()}");
        if (timeline) PrintTimeline(seconds);
        var left = (await EmulatorInventory.ReadAsync(world.Control)).Count;
        return new ConvergenceResult(wall.TotalSeconds, created.TotalSeconds, failures, total, faults["rateLimit"]?.GetValue<int>() ?? 0, left,
            operations);
    }
}
