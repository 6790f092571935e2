namespace AwsIdentity.Core.Waiting;

/// <summary>The operation reached a failure state (a Failed EKS update, a failed association).</summary>
public sealed class WaitFailedException(string what, string status, string reason)
    : Exception($"{what} ended {status}: {reason}")
{
    public string Status { get; } = status;
    public string Reason { get; } = reason;
}
