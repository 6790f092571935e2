using System.Diagnostics;
using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.Bench;

/// <summary>What one convergence run (create all, then destroy all) cost.</summary>
public sealed record ConvergenceResult(double WallSeconds, double CreateSeconds, int Failures, int Calls, int RateLimited, int Left);

/// <summary>
/// 200 UserAssociations (10 on each of 20 instances) and 20 IdentityProviderConfigs (one on each of 20 clusters),
/// created and then destroyed all at once through the provider binary, while the emulator's token bucket allows
/// <see cref="Rps"/> requests/s per service. The lower bound per phase: the LMUS mutations alone need
/// (200 − burst) / rate seconds, and the last of them still takes the transition; both phases add up.
/// </summary>
public static class Convergence
{
    public const int Associations = 200, Configs = 20, Instances = 20, Rps = 50, Burst = 10, TransitionMs = 5000;

    public static double LowerBoundSeconds => 2 * (Math.Max(0, Associations - Burst) / (double)Rps + TransitionMs / 1000.0);

    private static async Task<BenchWorld> WorldAsync()
    {
        var world = await BenchWorld.StartAsync(TransitionMs, Configs);
        await world.Control.RateLimitAsync("eks", Rps, Burst);
        await world.Control.RateLimitAsync("lmus", Rps, Burst);
        return world;
    }

    public static async Task<ConvergenceResult> ProviderAsync(CancellationToken ct)
    {
        await using var world = await WorldAsync();
        var engine = await world.ProviderAsync(parallelism: 1024);
        var resources = Enumerable.Range(0, Configs).Select(c => BenchWorld.EksResource(c))
            .Concat(Enumerable.Range(0, Associations).Select(u => BenchWorld.LmusResource(u, u % Instances))).ToList();
        await world.Control.ResetStatsAsync();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        try { await engine.UpAsync(resources, ct); }
        catch (EngineRunException e) { failures += e.Events.Count(s => s.Error is not null); }
        var created = clock.Elapsed;
        try { await engine.DestroyAsync(ct); }
        catch (EngineRunException e) { failures += e.Events.Count(s => s.Error is not null); }
        return await ResultAsync(world, clock.Elapsed, created, failures, timeline: true);
    }

    public static async Task<ConvergenceResult> BaselineAsync(CancellationToken ct)
    {
        await using var world = await WorldAsync();
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
        await Task.WhenAll(Enumerable.Range(0, Configs).Select(c => Run(() => naive.CreateEksAsync(c, ct)))
            .Concat(Enumerable.Range(0, Associations).Select(u => Run(() => naive.CreateLmusAsync(u, u % Instances, ct)))));
        var created = clock.Elapsed;
        await Task.WhenAll(Enumerable.Range(0, Configs).Select(c => Run(() => naive.DeleteEksAsync(c, ct)))
            .Concat(Enumerable.Range(0, Associations).Select(u => Run(() => naive.DeleteLmusAsync(u, u % Instances, ct)))));
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
        return new ConvergenceResult(wall.TotalSeconds, created.TotalSeconds, failures, total, faults["rateLimit"]?.GetValue<int>() ?? 0, left);
    }
}
