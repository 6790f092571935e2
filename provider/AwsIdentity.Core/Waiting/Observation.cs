namespace AwsIdentity.Core.Waiting;

/// <summary>One observation of an asynchronous AWS operation.</summary>
public readonly record struct Observation<T>(WaitState State, T? Value, string Status, string? FailureReason = null)
{
    public static Observation<T> Pending(string status, T? value = default) => new(WaitState.Pending, value, status);
    public static Observation<T> Done(T value, string status) => new(WaitState.Done, value, status);
    public static Observation<T> Failed(string status, string reason, T? value = default) => new(WaitState.Failed, value, status, reason);
}

public enum WaitState { Pending, Done, Failed }
