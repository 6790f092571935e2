using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using AwsIdentity.Soak;

// make soak: dotnet run --project tests/programs/AwsIdentity.Soak -c Release -- [--short] [--seconds N] [--lanes N] [--seed S]
var options = SoakOptions.Parse([.. args.Where(a => a.Length > 0)]);
if (options is null)
{
    Console.Error.WriteLine("usage: AwsIdentity.Soak [--short] [--seconds N] [--lanes N] [--lifecycles N] [--seed S] [--transition-ms MS]");
    return 2;
}
using var cancel = new CancellationTokenSource();
void Interrupt(PosixSignalContext context)
{
    context.Cancel = true;
    Console.Error.WriteLine($"soak: {context.Signal}: stopping and cleaning up …");
    cancel.Cancel();
}
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);

var faults = new JsonObject { ["*"] = new JsonObject { ["throttle"] = 0.2, ["serverError"] = 0.05, ["reset"] = 0.02, ["busy"] = 0.1, ["latencyMs"] = 15 } };
Console.WriteLine($"soak: {options.Lanes} lanes for {options.Seconds}s (seed {options.Seed}); faults on every AWS operation: {faults["*"]!.ToJsonString()}; " +
    $"transitions {options.TransitionMs} ms, some lifecycles slowed to {options.TransitionMs * 3} ms");
var clock = Stopwatch.StartNew();
var counters = new SoakCounters();
var print = new Lock();
void Log(string line) { lock (print) Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.0}s {line}"); }
JsonObject stats;
try
{
    await using var emulator = await EmulatorProcess.StartAsync(options.TransitionMs, options.Seed);
    ProcessGuard.Track(emulator.Pid, "awsidentity-emulator");
    await using var engine = await FakeEngine.StartAsync();
    // The stacks register their lanes' directories themselves (SoakProgram.cs): no registration is seeded.
    for (var lane = 0; lane < options.Lanes; lane++) await emulator.Control.CreateClusterAsync(SoakProgram.ClusterOf(lane));
    await emulator.Control.FaultsAsync(faults);
    await emulator.Control.ResetStatsAsync();
    var until = DateTimeOffset.UtcNow.AddSeconds(options.Seconds);
    // Slow transitions now and then: every 15 s the emulator's transition time alternates between normal and 3×.
    var slow = Task.Run(async () =>
    {
        for (var n = 1; !cancel.IsCancellationRequested && DateTimeOffset.UtcNow < until; n++)
        {
            try { await Task.Delay(TimeSpan.FromSeconds(15), cancel.Token); } catch (OperationCanceledException) { break; }
            await emulator.Control.SettingsAsync(n % 2 == 1 ? options.TransitionMs * 3 : options.TransitionMs);
        }
    });
    var lanes = Enumerable.Range(0, options.Lanes).Select(lane =>
        new SoakLane(lane, emulator, engine, counters, new Random(options.Seed * 100 + lane), Log).RunAsync(until, options.Lifecycles, cancel.Token));
    await Task.WhenAll(lanes);
    await slow;
    stats = await emulator.Control.StatsAsync();
    // Every lane ended with a destroy: nothing of the soak may remain.
    var left = await EmulatorInventory.ReadAsync(emulator.Control);
    foreach (var id in left.Configs.Concat(left.Associations).Concat(left.Registrations ?? Enumerable.Empty<string>()).Concat(left.Subscriptions ?? Enumerable.Empty<string>()))
        counters.Orphans.Enqueue($"left after the soak: {id}");
}
catch (Exception e) when (cancel.IsCancellationRequested)
{
    ProcessGuard.KillAll();
    Console.Error.WriteLine($"soak: interrupted after {clock.Elapsed.TotalSeconds:0.0}s ({e.GetType().Name}); processes stopped");
    return 130;
}
finally
{
    ProcessGuard.KillAll();
}

var faultCounts = stats["faults"] as JsonObject ?? [];
var injected = faultCounts.Where(kv => kv.Key != "latency").Sum(kv => kv.Value?.GetValue<int>() ?? 0);
Console.WriteLine();
Console.WriteLine($"soak summary ({clock.Elapsed.TotalSeconds:0} s, {options.Lanes} lanes):");
Console.WriteLine($"  lifecycles            {counters.Lifecycles}   (cancels {counters.Cancels}, SIGKILLs {counters.Kills}, partial creates kept in state {counters.Partials})");
Console.WriteLine($"  AWS calls             {stats["total"]}");
Console.WriteLine($"  faults injected       {injected}   ({string.Join(", ", faultCounts.Where(kv => kv.Key != "latency").Select(kv => $"{kv.Key} {kv.Value}"))}; " +
    $"plus {faultCounts["latency"] ?? 0} delayed answers)");
// The License Manager calls of registrations and subscriptions, to see that each kind of step ran.
var operations = stats["operations"] as JsonObject ?? [];
Console.WriteLine($"  LMUS order calls      {string.Join(", ", new[] { "RegisterIdentityProvider", "UpdateIdentityProviderSettings", "StartProductSubscription",
    "AssociateUser", "DisassociateUser", "StopProductSubscription", "DeregisterIdentityProvider" }.Select(op => $"{op} {operations[op] ?? 0}"))}");
Console.WriteLine($"  taken over on re-up   {counters.UntrackedAfterInterrupt}   (objects in AWS but not in state after a cancel or SIGKILL: adopted, not duplicated)");
Console.WriteLine($"  failed engine steps   {counters.StepErrors}   (re-runs of up/destroy {counters.Retries}; unconverged {counters.UnconvergedCount})");
Console.WriteLine($"  state audits          {counters.Audits}");
Console.WriteLine($"  orphans               {counters.Orphans.Count}");
Console.WriteLine($"  lost resources        {counters.Lost.Count}");
foreach (var line in counters.Orphans.Select(o => "orphan: " + o).Concat(counters.Lost.Select(l => "lost: " + l)).Concat(counters.Problems))
    Console.WriteLine("  " + line);
var ok = counters.Orphans.IsEmpty && counters.Lost.IsEmpty && counters.UnconvergedCount == 0 && counters.Lifecycles > 0;
Console.WriteLine(ok ? "soak: OK" : "soak: FAILED (orphans, lost resources or lifecycles that never converged)");
return ok ? 0 : 1;

internal sealed record SoakOptions(int Seconds, int Lanes, int Lifecycles, int Seed, int TransitionMs)
{
    public static SoakOptions? Parse(string[] args)
    {
        var o = new SoakOptions(600, 4, int.MaxValue, 1, 1500);
        for (var i = 0; i < args.Length; i++)
        {
            // 60 s of new lifecycles: with the last ones' ~25 s (three tiers up and down) the run stays near 85 s.
            if (args[i] == "--short") { o = o with { Seconds = 60, Lanes = 3 }; continue; }
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], out var n) || n < 0) return null;
            o = args[i++] switch
            {
                "--seconds" => o with { Seconds = n }, "--lanes" => o with { Lanes = Math.Max(1, n) },
                "--lifecycles" => o with { Lifecycles = n }, "--seed" => o with { Seed = n }, "--transition-ms" => o with { TransitionMs = n },
                _ => null,
            };
            if (o is null) return null;
        }
        return o;
    }
}
