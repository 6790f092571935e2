namespace AwsIdentity.Emulator.State;

/// <summary>An EKS update failure armed by the control API for the next update (of a cluster, or any).</summary>
public sealed record PendingUpdateFailure(string? Cluster, string ErrorCode, string ErrorMessage);

/// <summary>An LMUS failure armed by the control API for the next AssociateUser, RegisterIdentityProvider or
/// StartProductSubscription: that record ends in this status with this message.</summary>
public sealed record PendingStatusFailure(string Status, string StatusMessage)
{
    /// <summary>Takes the first armed failure off the list, if any.</summary>
    public static PendingStatusFailure? Take(List<PendingStatusFailure> pending)
    {
        var first = pending.FirstOrDefault();
        if (first is not null)
        {
            pending.Remove(first);
        }

        return first;
    }
}
