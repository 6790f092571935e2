namespace AwsIdentity.Core.Waiting;

/// <summary>The operation was still pending when the timeout ran out.</summary>
public sealed class WaitTimeoutException(string what, string lastStatus, TimeSpan timeout)
    : Exception($"{what} was still {lastStatus} after {Durations.Format(timeout)} (the timeout)")
{
    public string LastStatus { get; } = lastStatus;
}
