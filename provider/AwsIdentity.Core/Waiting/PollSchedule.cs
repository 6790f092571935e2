namespace AwsIdentity.Core.Waiting;

/// <summary>
/// When to look again. The gap grows with the time already waited (a tenth of it), never below
/// <see cref="MinInterval"/> and never above <see cref="MaxInterval"/>, so the lag between a terminal transition
/// and its detection stays within max(MinInterval, 10% of the operation's duration) while a 20-minute wait costs
/// tens of calls, not thousands. Jitter only shortens a gap, so it never breaks that bound.
/// terraform-provider-aws instead doubles from 200 ms to a 10 s cap regardless of how long the operation runs.
/// </summary>
public sealed record PollSchedule
{
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromMilliseconds(500);
    public TimeSpan MinInterval { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxInterval { get; init; } = TimeSpan.FromSeconds(30);
    public double Growth { get; init; } = 0.1;
    public double Jitter { get; init; } = 0.1;

    public static readonly PollSchedule Default = new();

    /// <summary>The gap after <paramref name="failures"/> polls in a row failed: doubled each time, up to the cap.</summary>
    public TimeSpan Backoff(TimeSpan gap, int failures)
    {
        var backed = gap.Ticks * Math.Pow(2, Math.Min(failures, 10));
        return backed >= MaxInterval.Ticks ? MaxInterval : TimeSpan.FromTicks((long)backed);
    }

    public TimeSpan Next(int attempt, TimeSpan elapsed, Random random)
    {
        if (attempt == 0) return FirstDelay;
        var proportional = TimeSpan.FromTicks((long)(elapsed.Ticks * Growth));
        var gap = proportional < MinInterval ? MinInterval : proportional > MaxInterval ? MaxInterval : proportional;
        return TimeSpan.FromTicks((long)(gap.Ticks * (1 - Jitter * random.NextDouble())));
    }
}
