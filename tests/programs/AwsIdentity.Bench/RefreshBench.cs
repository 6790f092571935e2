using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Harness;

namespace AwsIdentity.Bench;

public sealed record RefreshResult(int Associations, int Instances, int ListCalls, int OtherCalls, int BaselineListCalls, int Missing);

/// <summary>
/// `pulumi refresh` of 1,000 UserAssociations on 100 instances: the associations are made directly in the emulator,
/// imported into a stack, then a fresh provider process (no warm listings) reads them all; the baseline reads each
/// with its own filtered ListUserAssociations call.
/// </summary>
public static class RefreshBench
{
    public const int Associations = 1000, Instances = 100;

    public static async Task<RefreshResult> RunAsync(CancellationToken ct)
    {
        await using var world = await BenchWorld.StartAsync(transitionMs: 0, clusters: 0, maxRetries: 5);
        var idp = new IdentityProvider { ActiveDirectoryIdentityProvider = new() { DirectoryId = BenchWorld.Directory } };
        await ForAll(Associations, u => world.Lmus.AssociateUserAsync(new()
        {
            Username = $"user{u}", InstanceId = BenchWorld.Instance(u % Instances), IdentityProvider = idp,
        }, ct));

        var importer = await world.ProviderAsync(parallelism: 64);
        var missing = 0;
        await ForAll(Associations, async u =>
        {
            var step = await importer.ImportAsync(Values.Lmus, $"user-{u}", $"{BenchWorld.Instance(u % Instances)}:{BenchWorld.Directory}:user{u}", ct);
            if (step.Error is not null) Interlocked.Increment(ref missing);
        });
        var engine = await world.ProviderAsync(parallelism: 64); // a new process: nothing cached from the import
        engine.Adopt(importer.State.Values);

        await world.Control.ResetStatsAsync();
        var refreshed = await engine.RefreshAsync(ct);
        missing += refreshed.Count(s => s.Error is not null || s.Kind == StepKind.Delete);
        var (total, operations, _, _) = await world.StatsAsync();
        var lists = operations["ListUserAssociations"]?.GetValue<int>() ?? 0;

        await world.Control.ResetStatsAsync();
        var naive = new NaiveBaseline(world);
        await ForAll(Associations, u => naive.ReadLmusAsync(u, u % Instances, ct));
        var (_, baselineOps, _, _) = await world.StatsAsync();
        return new RefreshResult(Associations, Instances, lists, total - lists, baselineOps["ListUserAssociations"]?.GetValue<int>() ?? 0, missing);
    }

    private static async Task ForAll(int count, Func<int, Task> action, int parallelism = 32)
    {
        using var gate = new SemaphoreSlim(parallelism);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try { await action(i); } finally { gate.Release(); }
        }));
    }
}
