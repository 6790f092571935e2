using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.Bench;

/// <summary>Detection lag and polling calls for one simulated operation duration.</summary>
public sealed record PollingResult(double DurationSeconds, double LagSeconds, int Polls, int Calls)
{
    public double LagTarget => Math.Max(1, 0.1 * DurationSeconds);
}

/// <summary>
/// One IdentityProviderConfig association whose cluster update takes D seconds (the emulator's transition, not
/// scaled: 5 s, 30 s, 120 s). Lag = when the create was known done (the provider's Create returned; the baseline's
/// poll saw ACTIVE) − when the emulator's update turned Successful. Polls = DescribeUpdate and
/// DescribeIdentityProviderConfig calls. Each run has an emulator of its own, so all run at the same time.
/// </summary>
public static class Polling
{
    public static readonly int[] Durations = [5, 30, 120];

    /// <summary>The fewest polls that keep the lag within max(1 s, 10% of D) without knowing D in advance: look at
    /// t(k+1) = t(k) + max(1 s, 10% of t(k)) until the operation is over.</summary>
    public static int FewestPolls(double duration)
    {
        var (t, polls) = (0.0, 0);
        while (t < duration) { t += Math.Max(1, 0.1 * t); polls++; }
        return polls;
    }

    public static async Task<PollingResult> ProviderAsync(int seconds, CancellationToken ct)
    {
        await using var world = await BenchWorld.StartAsync(seconds * 1000, clusters: 1);
        var engine = await world.ProviderAsync(parallelism: 4);
        await world.Control.ResetStatsAsync();
        await engine.UpAsync([BenchWorld.EksResource(0, timeout: 3600)], ct);
        var detected = DateTimeOffset.UtcNow;
        return await ResultAsync(world, seconds, detected);
    }

    public static async Task<PollingResult> BaselineAsync(int seconds, CancellationToken ct)
    {
        await using var world = await BenchWorld.StartAsync(seconds * 1000, clusters: 1);
        await world.Control.ResetStatsAsync();
        var detected = await new NaiveBaseline(world).CreateEksAsync(0, ct);
        return await ResultAsync(world, seconds, detected);
    }

    private static async Task<PollingResult> ResultAsync(BenchWorld world, int seconds, DateTimeOffset detected)
    {
        var state = await world.Control.StateAsync();
        var update = (state["updates"] as JsonArray ?? []).Single(u => u!["type"]?.GetValue<string>() == "AssociateIdentityProviderConfig");
        var done = update!["dueAt"]!.GetValue<DateTimeOffset>();
        var (total, operations, _, _) = await world.StatsAsync();
        int Calls(string op) => operations[op]?.GetValue<int>() ?? 0;
        return new PollingResult(seconds, (detected - done).TotalSeconds,
            Calls("DescribeUpdate") + Calls("DescribeIdentityProviderConfig") + Calls("ListIdentityProviderConfigs"), total);
    }
}
