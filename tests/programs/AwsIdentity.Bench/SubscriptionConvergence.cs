using System.Diagnostics;
using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.Bench;

/// <summary>What one registration-and-subscriptions run cost: wall time and its phases, calls, and what was left.</summary>
public sealed record SubscriptionRun(int Subscriptions, double WallSeconds, double RegisterSeconds, double SubscribeSeconds,
    double SettingsSeconds, double StopSeconds, double DeregisterSeconds, int Failures, int Left, int Calls, int RateLimited, JsonObject Operations)
{
    public int CallsOf(string operation) => Operations[operation]?.GetValue<int>() ?? 0;
}

/// <summary>
/// Part of the convergence section: a directory registered for a product, then N users subscribed to it at once, the
/// registration's settings changed in place (a subnet swapped, another security group: one UpdateIdentityProviderSettings),
/// then every subscription stopped at once and the directory deregistered, through the provider binary under the
/// convergence rate limit. Each step is one `up` (the engine orders subscriptions after their registration). The
/// subscriptions' waits share ListProductSubscriptions listings of their directory and product (SubscriptionLookup.cs),
/// so list calls follow the time the waits take, not N: <see cref="Sizes"/> runs N = 10 and N = 100 to show it.
/// </summary>
public static class SubscriptionConvergence
{
    public static readonly int[] Sizes = [10, 100];

    /// <summary>Not BenchWorld.Directory, whose seeded registration needs no subscriptions (tools/AwsIdentity.Emulator/README.md).</summary>
    private const string Directory = "d-1000000002";
    private const string Product = "VISUAL_STUDIO_ENTERPRISE";

    /// <summary>
    /// Four transitions one after another (registering, subscribing, stopping, deregistering; the settings change is
    /// at once), and twice N − burst LMUS calls at the rate: StartProductSubscription, then StopProductSubscription.
    /// </summary>
    public static double LowerBoundSeconds(int n) =>
        4 * ConvergenceShape.TransitionMs / 1000.0 + 2 * Math.Max(0, n - ConvergenceShape.Burst) / (double)ConvergenceShape.Rps;

    public static async Task<SubscriptionRun> RunAsync(int n, CancellationToken ct)
    {
        await using var world = await BenchWorld.StartAsync(ConvergenceShape.TransitionMs, clusters: 0);
        await world.Control.RateLimitAsync("lmus", ConvergenceShape.Rps, ConvergenceShape.Burst);
        var engine = await world.ProviderAsync(parallelism: Math.Max(64, n + 1));
        var subscriptions = Enumerable.Range(0, n).Select(Subscription).ToList();
        await world.Control.ResetStatsAsync();
        var failures = 0;
        async Task<double> Step(IReadOnlyList<Declared> program)
        {
            var step = Stopwatch.StartNew();
            try { await (program.Count == 0 ? engine.DestroyAsync(ct) : engine.UpAsync(program, ct)); }
            catch (EngineRunException e) { failures += e.Events.Count(s => s.Error is not null); }
            return step.Elapsed.TotalSeconds;
        }
        var clock = Stopwatch.StartNew();
        var register = await Step([Registration(false)]);
        var subscribe = await Step([Registration(false), .. subscriptions]);
        var settings = await Step([Registration(true), .. subscriptions]);
        var stop = await Step([Registration(true)]);
        var deregister = await Step([]);
        var wall = clock.Elapsed.TotalSeconds;
        var (total, operations, faults, _) = await world.StatsAsync();
        Console.WriteLine($"  calls by operation: {operations.ToJsonString()}");
        var left = (await EmulatorInventory.ReadAsync(world.Control)).Count;
        return new SubscriptionRun(n, wall, register, subscribe, settings, stop, deregister, failures, left, total, faults["rateLimit"]?.GetValue<int>() ?? 0, operations);
    }

    /// <summary>The figures of every size, and how list calls grow from the smallest size to the largest.</summary>
    public static async Task<List<Figure>> MeasureAsync(CancellationToken ct)
    {
        var figures = new List<Figure>();
        var lists = new List<int>();
        foreach (var n in Sizes)
        {
            Console.WriteLine($"convergence: 1 IdentityProviderRegistration + {n} ProductSubscriptions on it, then a settings update, then back: provider …");
            var r = await RunAsync(n, ct);
            var name = $"convergence.subscriptions{n}";
            var bound = LowerBoundSeconds(n);
            lists.Add(r.CallsOf("ListProductSubscriptions"));
            figures.AddRange(
            [
                new($"{name}.wall", r.WallSeconds, "s"),
                new($"{name}.lowerBound", bound, "s"),
                new($"{name}.ratio", r.WallSeconds / bound, "x", 1.3),
                new($"{name}.register", r.RegisterSeconds, "s"),
                new($"{name}.subscribe", r.SubscribeSeconds, "s"),
                new($"{name}.settingsUpdate", r.SettingsSeconds, "s"),
                new($"{name}.stop", r.StopSeconds, "s"),
                new($"{name}.deregister", r.DeregisterSeconds, "s"),
                new($"{name}.failures", r.Failures + r.Left, "", 0),
                new($"{name}.calls", r.Calls, "calls"),
                new($"{name}.rateLimited", r.RateLimited, "calls"),
                new($"{name}.listCalls", lists[^1], "calls"),
                new($"{name}.settingsCalls", r.CallsOf("UpdateIdentityProviderSettings"), "calls", 1),
            ]);
            Console.WriteLine($"  {name}: {r.WallSeconds:0.0} s against {bound:0.0} s, {lists[^1]} ListProductSubscriptions calls, {r.Calls} calls in all");
        }
        // N grows tenfold; listings per wait would too. Shared ones follow the phases' length instead, which grows with the
        // pacing of the N starts and stops (first run: 12.0 s → 16.1 s, list calls 15 → 24): at most twice, not ten times.
        // One page holds 100 subscriptions, so every listing here is a single call.
        figures.Add(new("convergence.subscriptions.listGrowth", lists[^1] / (double)Math.Max(1, lists[0]), "x (N = 100 / N = 10)", 2));
        return figures;
    }

    private static JsonObject IdentityProvider() => new()
    {
        ["activeDirectoryIdentityProvider"] = new JsonObject { ["directoryId"] = Directory },
    };

    private static Declared Registration(bool updated) => new(Values.Registration, "registration", new JsonObject
    {
        ["identityProvider"] = IdentityProvider(),
        ["product"] = Product,
        ["settings"] = new JsonObject
        {
            ["subnets"] = updated ? new JsonArray("subnet-0bench002", "subnet-0bench003") : new JsonArray("subnet-0bench001", "subnet-0bench002"),
            ["securityGroupId"] = updated ? "sg-0bench02" : "sg-0bench01",
        },
        ["tags"] = new JsonObject { ["bench"] = "convergence" },
    }, 1800);

    private static Declared Subscription(int user) => new(Values.Subscription, $"subscription-{user}", new JsonObject
    {
        ["username"] = $"user{user}",
        ["identityProvider"] = IdentityProvider(),
        ["product"] = Product,
        ["tags"] = new JsonObject { ["bench"] = "convergence" },
    }, 1800);
}
