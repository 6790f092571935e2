namespace AwsIdentity.Bench;

/// <summary>
/// The figures of one provider convergence run of a shape, named after the shape's section: wall time against the
/// lower bound, failures, AWS calls (in total, rate-limited, and by operation), and the provider's peak RSS and CPU
/// with the emulator's CPU beside it (the emulator must not be what limits the run).
/// </summary>
public static class ConvergenceFigures
{
    /// <param name="ratioTarget">The most wall time may be, as a multiple of the lower bound.</param>
    /// <param name="rssTarget">The most the provider's peak RSS may be (MB), or none.</param>
    public static async Task<(ConvergenceResult Result, List<Figure> Figures)> MeasureAsync(ConvergenceShape shape, double ratioTarget,
        double? rssTarget, CancellationToken ct)
    {
        Console.WriteLine($"{shape.Name}: {shape.Associations} UserAssociations on {shape.Instances} instances + {shape.Configs} IdentityProviderConfigs, " +
            $"{ConvergenceShape.Rps} req/s per service (burst {ConvergenceShape.Burst}), transitions {ConvergenceShape.TransitionMs / 1000} s: provider …");
        var r = await Convergence.ProviderAsync(shape, ct);
        var bound = shape.LowerBoundSeconds;
        var n = shape.Name;
        var figures = new List<Figure>
        {
            new($"{n}.wall", r.WallSeconds, "s"),
            new($"{n}.create", r.CreateSeconds, "s"),
            new($"{n}.lowerBound", bound, "s"),
            new($"{n}.ratio", r.WallSeconds / bound, "x", ratioTarget),
            new($"{n}.failures", r.Failures + r.Left, "", 0),
            new($"{n}.calls", r.Calls, "calls"),
            new($"{n}.rateLimited", r.RateLimited, "calls"),
            new($"{n}.rss", r.ProviderRssMb, "MB", rssTarget),
            new($"{n}.providerCpu", r.ProviderCpuSeconds, "s"),
            new($"{n}.emulatorCpu", r.EmulatorCpuSeconds, "s"),
        };
        figures.AddRange(r.Operations.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new Figure($"{n}.calls.{kv.Key}", kv.Value?.GetValue<int>() ?? 0, "calls")));
        Console.WriteLine($"  {n}: {r.WallSeconds:0.0} s against {bound:0.0} s ({r.WallSeconds / bound:0.000}×), provider peak RSS {r.ProviderRssMb:0.0} MB, " +
            $"CPU provider {r.ProviderCpuSeconds:0.0} s, emulator {r.EmulatorCpuSeconds:0.0} s");
        return (r, figures);
    }
}
