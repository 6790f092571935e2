namespace AwsIdentity.Provider.Waiting;

/// <summary>One observation of an asynchronous AWS operation.</summary>
public readonly record struct Observation<T>(WaitState State, T? Value, string Status, string? FailureReason = null)
{
    public static Observation<T> Pending(string status, T? value = default) => new(WaitState.Pending, value, status);
    public static Observation<T> Done(T value, string status) => new(WaitState.Done, value, status);
    public static Observation<T> Failed(string status, string reason, T? value = default) => new(WaitState.Failed, value, status, reason);
}

public enum WaitState { Pending, Done, Failed }

/// <summary>The operation reached a failure state (a Failed EKS update, a failed association).</summary>
public sealed class WaitFailedException(string what, string status, string reason)
    : Exception($"{what} ended {status}: {reason}")
{
    public string Status { get; } = status;
    public string Reason { get; } = reason;
}

/// <summary>The operation was still pending when the timeout ran out.</summary>
public sealed class WaitTimeoutException(string what, string lastStatus, TimeSpan timeout)
    : Exception($"{what} was still {lastStatus} after {Durations.Format(timeout)} (the timeout; raise it with customTimeouts)")
{
    public string LastStatus { get; } = lastStatus;
}

internal static class Durations
{
    public static string Format(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(int)t.TotalHours}h{t.Minutes}m"
        : t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes}m{t.Seconds}s"
        : $"{t.TotalSeconds:0.#}s";
}
