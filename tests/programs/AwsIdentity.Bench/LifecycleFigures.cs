namespace AwsIdentity.Bench;

/// <summary>Convergence under a rate limit, polling lag and cost, and refresh cost — each against the naive
/// (terraform-provider-aws) baseline run in the same process. Polling runs in the background meanwhile: it is
/// mostly waiting, with a few calls a minute on emulators of its own.</summary>
public static class LifecycleFigures
{
    public static async Task<List<Figure>> MeasureAsync(ISet<string> sections, bool convergenceBaseline, CancellationToken ct)
    {
        var figures = new List<Figure>();
        Task<List<Figure>>? polling = null;
        if (sections.Contains("polling"))
        {
            Console.WriteLine($"polling: operations of {string.Join(", ", Polling.Durations.Select(d => $"{d} s"))} (real time, not scaled), provider and baseline side by side …");
            polling = PollingAsync(ct);
        }
        ConvergenceResult? ours = null;
        var bound = ConvergenceShape.OneX.LowerBoundSeconds;
        if (sections.Contains("convergence"))
        {
            (ours, var oneX) = await ConvergenceFigures.MeasureAsync(ConvergenceShape.OneX, 1.15, null, ct);
            figures.AddRange(oneX);
        }
        if (ours is not null && convergenceBaseline)
        {
            // --convergence-baseline no leaves this out while tuning the provider.
            Console.WriteLine("convergence: naive baseline …");
            var naive = await Convergence.BaselineAsync(ConvergenceShape.OneX, ct);
            figures.AddRange(
            [
                new("convergence.baseline.wall", naive.WallSeconds, "s"),
                new("convergence.baseline.ratio", naive.WallSeconds / bound, "x"),
                new("convergence.baseline.failures", naive.Failures + naive.Left, ""),
                new("convergence.baseline.calls", naive.Calls, "calls"),
                new("convergence.baseline.rateLimited", naive.RateLimited, "calls"),
                new("convergence.speedup", naive.WallSeconds / ours.WallSeconds, "x (baseline / provider)"),
            ]);
        }
        // A registration and its product subscriptions (issue 14): list calls that do not grow with the subscriptions.
        if (sections.Contains("convergence")) figures.AddRange(await SubscriptionConvergence.MeasureAsync(ct));
        // 10× and 500 users on one instance (issue 12): the same rate, so the bound grows with the work alone.
        foreach (var shape in new[] { ConvergenceShape.TenX, ConvergenceShape.OneInstance }.Where(s => sections.Contains(s.Name.ToLowerInvariant())))
            figures.AddRange((await ConvergenceFigures.MeasureAsync(shape, 1.2, 100, ct)).Figures);
        if (sections.Contains("refresh"))
        {
            Console.WriteLine($"refresh: {RefreshBench.Associations} associations on {RefreshBench.Instances} instances …");
            var r = await RefreshBench.RunAsync(ct);
            figures.AddRange(
            [
                new("refresh.listCalls", r.ListCalls, "calls", 110),
                new("refresh.otherCalls", r.OtherCalls, "calls"),
                new("refresh.missing", r.Missing, "", 0),
                new("refresh.baseline.listCalls", r.BaselineListCalls, "calls"),
                new("refresh.savings", r.BaselineListCalls / (double)Math.Max(1, r.ListCalls), "x (baseline / provider)"),
            ]);
        }
        if (polling is not null) figures.AddRange(await polling);
        return figures;
    }

    private static async Task<List<Figure>> PollingAsync(CancellationToken ct)
    {
        var runs = Polling.Durations.Select(async d =>
        {
            var (ours, naive) = (Polling.ProviderAsync(d, ct), Polling.BaselineAsync(d, ct));
            return (d, Ours: await ours, Naive: await naive);
        }).ToList();
        var figures = new List<Figure>();
        foreach (var (d, ours, naive) in await Task.WhenAll(runs))
        {
            var fewest = Polling.FewestPolls(d);
            figures.AddRange(
            [
                new($"polling.{d}s.lag", ours.LagSeconds, "s", ours.LagTarget),
                new($"polling.{d}s.polls", ours.Polls, "calls", 2 * fewest),
                new($"polling.{d}s.fewest", fewest, "calls"),
                new($"polling.{d}s.calls", ours.Calls, "calls"),
                new($"polling.{d}s.baseline.lag", naive.LagSeconds, "s"),
                new($"polling.{d}s.baseline.polls", naive.Polls, "calls"),
                new($"polling.{d}s.lagRatio", naive.LagSeconds / Math.Max(0.001, ours.LagSeconds), "x (baseline / provider)"),
            ]);
        }
        return figures;
    }
}
