namespace AwsIdentity.Emulator.State;

/// <summary>An EKS update failure armed by the control API for the next update (of a cluster, or any).</summary>
public sealed record PendingUpdateFailure(string? Cluster, string ErrorCode, string ErrorMessage);

/// <summary>An association failure armed by the control API for the next AssociateUser.</summary>
public sealed record PendingAssociationFailure(string Status, string StatusMessage);
