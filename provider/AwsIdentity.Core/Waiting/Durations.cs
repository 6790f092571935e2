namespace AwsIdentity.Core.Waiting;

/// <summary>A duration as people read it in messages: 45s, 3m20s, 1h5m.</summary>
internal static class Durations
{
    public static string Format(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(int)t.TotalHours}h{t.Minutes}m"
        : t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes}m{t.Seconds}s"
        : $"{t.TotalSeconds:0.#}s";
}
