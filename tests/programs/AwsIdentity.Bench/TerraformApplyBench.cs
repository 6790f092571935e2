using System.Diagnostics;
using AwsIdentity.Harness;
using AwsIdentity.TerraformHarness;

namespace AwsIdentity.Bench;

/// <summary>
/// Section terraform-apply (issue 13): `terraform apply -parallelism=50` of <see cref="Shape"/> (100 UserAssociations
/// on 4 instances + 10 IdentityProviderConfigs on 10 clusters) through the real terraform CLI and the binary over
/// plugin protocol 6, then `terraform destroy -refresh=false -parallelism=50`; then the same resources through
/// MiniEngine (the Pulumi-engine harness) with the same parallelism, up then destroy. Both against an emulator of
/// their own with the convergence section's token bucket (<see cref="ConvergenceShape.Rps"/> req/s per service,
/// burst <see cref="ConvergenceShape.Burst"/>) and transitions of <see cref="ConvergenceShape.TransitionMs"/>.
/// The lower bound is the shape's (ConvergenceShape.cs): per phase (create, destroy), the association mutations
/// beyond the burst at the rate, plus one transition; the configs are on EKS's own bucket, 10 fit in its burst.
/// With <see cref="Parallelism"/> workers each resource holds one for at least a transition (its wait), so a phase
/// also takes at least ⌈resources / parallelism⌉ transitions: 3 × 5 s here, above the rate bound; both engines are
/// measured against that bound too (<see cref="SlotBoundSeconds"/>).
/// The destroy skips terraform's refresh so both engines do the same AWS work (MiniEngine's destroy reads nothing).
/// </summary>
public static class TerraformApplyBench
{
    public const int Parallelism = 50;
    public static readonly ConvergenceShape Shape = new("terraformApply", 100, 10, 4);

    /// <summary>Create and destroy: each ⌈resources / parallelism⌉ transitions, and no less than the rate bound.</summary>
    public static double SlotBoundSeconds => Math.Max(Shape.LowerBoundSeconds,
        2 * Math.Ceiling((Shape.Associations + Shape.Configs) / (double)Parallelism) * ConvergenceShape.TransitionMs / 1000.0);

    public static async Task<List<Figure>> MeasureAsync(string provider, CancellationToken ct)
    {
        var bound = Shape.LowerBoundSeconds;
        Console.WriteLine($"terraform-apply: {Shape.Associations} UserAssociations on {Shape.Instances} instances + {Shape.Configs} IdentityProviderConfigs, " +
            $"{ConvergenceShape.Rps} req/s per service (burst {ConvergenceShape.Burst}), transitions {ConvergenceShape.TransitionMs / 1000} s, parallelism {Parallelism}; " +
            $"lower bound {bound / 2:0.0} s a phase, {bound:0.0} s both; with the parallelism {SlotBoundSeconds:0.0} s both: terraform …");
        var (tfApply, tfDestroy, tfCalls, tfLeft) = await TerraformAsync(provider, ct);
        Console.WriteLine($"  terraform: apply {tfApply:0.0} s, destroy {tfDestroy:0.0} s, {tfCalls} calls, {tfLeft} left; MiniEngine …");
        var (upSeconds, destroySeconds, engineCalls, engineLeft, failures) = await EngineAsync(ct);
        Console.WriteLine($"  MiniEngine: up {upSeconds:0.0} s, destroy {destroySeconds:0.0} s, {engineCalls} calls, {engineLeft} left");
        var n = "terraformApply";
        return
        [
            new($"{n}.lowerBound", bound, "s (create + destroy)"),
            new($"{n}.apply", tfApply, "s"),
            new($"{n}.destroy", tfDestroy, "s"),
            new($"{n}.ratio", (tfApply + tfDestroy) / bound, "x"),
            new($"{n}.applyRatio", tfApply / (bound / 2), "x"),
            new($"{n}.slotBound", SlotBoundSeconds, "s (create + destroy, parallelism 50)"),
            new($"{n}.slotRatio", (tfApply + tfDestroy) / SlotBoundSeconds, "x"),
            new($"{n}.calls", tfCalls, "calls"),
            new($"{n}.left", tfLeft, "", 0),
            new($"{n}.engine.up", upSeconds, "s"),
            new($"{n}.engine.destroy", destroySeconds, "s"),
            new($"{n}.engine.ratio", (upSeconds + destroySeconds) / bound, "x"),
            new($"{n}.engine.slotRatio", (upSeconds + destroySeconds) / SlotBoundSeconds, "x"),
            new($"{n}.engine.calls", engineCalls, "calls"),
            new($"{n}.engine.failures", failures + engineLeft, "", 0),
            new($"{n}.vsEngine", (tfApply + tfDestroy) / (upSeconds + destroySeconds), "x (terraform / MiniEngine)"),
        ];
    }

    private static async Task<(double Apply, double Destroy, int Calls, int Left)> TerraformAsync(string provider, CancellationToken ct)
    {
        var options = new TerraformWorkspaceOptions { ProviderBinary = provider, CommandTimeout = TimeSpan.FromMinutes(10) };
        await using var world = await TerraformWithEmulator.StartAsync(options, ConvergenceShape.TransitionMs);
        ProcessGuard.Track(world.Emulator.Pid, "awsidentity-emulator");
        for (var i = 0; i < Shape.Configs; i++) await world.Control.CreateClusterAsync(BenchWorld.Cluster(i));
        await world.Control.RegisterDirectoryAsync(BenchWorld.Directory);
        await world.Control.RateLimitAsync("eks", ConvergenceShape.Rps, ConvergenceShape.Burst);
        await world.Control.RateLimitAsync("lmus", ConvergenceShape.Rps, ConvergenceShape.Burst);
        world.Workspace.WriteMain(Configuration(world.Emulator.Url));
        await world.Control.ResetStatsAsync();
        var clock = Stopwatch.StartNew();
        (await world.Workspace.RunAsync(["apply", "-auto-approve", $"-parallelism={Parallelism}"], cancellationToken: ct)).EnsureSuccess();
        var apply = clock.Elapsed.TotalSeconds;
        var live = (await world.InventoryAsync()).Count;
        if (live != Shape.Associations + Shape.Configs) throw new InvalidOperationException($"terraform apply left {live} live objects, expected {Shape.Associations + Shape.Configs}");
        clock.Restart();
        (await world.Workspace.RunAsync(["destroy", "-auto-approve", "-refresh=false", $"-parallelism={Parallelism}"], cancellationToken: ct)).EnsureSuccess();
        var destroy = clock.Elapsed.TotalSeconds;
        var stats = await world.Control.StatsAsync();
        return (apply, destroy, stats["total"]?.GetValue<int>() ?? 0, (await world.InventoryAsync()).Count);
    }

    private static async Task<(double Up, double Destroy, int Calls, int Left, int Failures)> EngineAsync(CancellationToken ct)
    {
        await using var world = await BenchWorld.StartAsync(ConvergenceShape.TransitionMs, Shape.Configs);
        await world.Control.RateLimitAsync("eks", ConvergenceShape.Rps, ConvergenceShape.Burst);
        await world.Control.RateLimitAsync("lmus", ConvergenceShape.Rps, ConvergenceShape.Burst);
        var resources = Enumerable.Range(0, Shape.Configs).Select(c => BenchWorld.EksResource(c))
            .Concat(Enumerable.Range(0, Shape.Associations).Select(u => BenchWorld.LmusResource(u, u % Shape.Instances))).ToList();
        var engine = await world.ProviderAsync(Parallelism);
        await world.Control.ResetStatsAsync();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        try { await engine.UpAsync(resources, ct); }
        catch (EngineRunException e) { failures += e.Events.Count(s => s.Error is not null); }
        var up = clock.Elapsed.TotalSeconds;
        clock.Restart();
        try { await engine.DestroyAsync(ct); }
        catch (EngineRunException e) { failures += e.Events.Count(s => s.Error is not null); }
        var destroy = clock.Elapsed.TotalSeconds;
        var (total, _, _, _) = await world.StatsAsync();
        return (up, destroy, total, (await EmulatorInventory.ReadAsync(world.Control)).Count, failures);
    }

    /// <summary>The same resources as BenchWorld.EksResource and BenchWorld.LmusResource, with `count`.</summary>
    private static string Configuration(string emulatorUrl) => Hcl.RequiredProviders() + Hcl.ProviderBlock(emulatorUrl) + $$"""
        resource "{{TerraformWithEmulator.EksType}}" "oidc" {
          count        = {{Shape.Configs}}
          cluster_name = "bench-${count.index}"
          oidc {
            identity_provider_config_name = "corp"
            issuer_url                    = "https://sso.example.com"
            client_id                     = "kubernetes"
          }
          tags = { bench = "terraform-apply" }
        }

        resource "{{TerraformWithEmulator.LmusType}}" "user" {
          count       = {{Shape.Associations}}
          username    = "user${count.index}"
          instance_id = format("i-%08x", count.index % {{Shape.Instances}} + 1)
          identity_provider {
            active_directory_identity_provider {
              directory_id = "{{BenchWorld.Directory}}"
            }
          }
          tags = { bench = "terraform-apply" }
        }

        """;
}
