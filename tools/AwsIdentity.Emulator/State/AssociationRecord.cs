namespace AwsIdentity.Emulator.State;

/// <summary>A user associated with an EC2 instance (<c>InstanceUserSummary</c>).</summary>
public sealed record AssociationRecord : LmusUserRecord
{
    public required string InstanceId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? AssociationDate { get; set; }

    public DateTimeOffset? DisassociationDate { get; set; }
}
