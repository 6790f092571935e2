namespace AwsIdentity.Emulator.State;

/// <summary>Everything the emulator remembers; serialized as a whole to the state file and the state dump.</summary>
public sealed record StateData
{
    public List<ClusterRecord> Clusters { get; init; } = [];

    public List<IdpConfigRecord> Configs { get; init; } = [];

    public List<UpdateRecord> Updates { get; init; } = [];

    public List<IdentityProviderRecord> IdentityProviders { get; init; } = [];

    public List<AssociationRecord> Associations { get; init; } = [];

    public List<SubscriptionRecord> Subscriptions { get; init; } = [];

    /// <summary>Tags by resource ARN.</summary>
    public Dictionary<string, Dictionary<string, string>> Tags { get; init; } = [];

    /// <summary>Instance ids the control API marked as not found.</summary>
    public List<string> MissingInstances { get; init; } = [];

    public List<PendingUpdateFailure> PendingUpdateFailures { get; init; } = [];

    public List<PendingStatusFailure> PendingAssociationFailures { get; init; } = [];

    public List<PendingStatusFailure> PendingRegistrationFailures { get; init; } = [];

    public List<PendingStatusFailure> PendingSubscriptionFailures { get; init; } = [];

    public EchoSettings Echo { get; set; } = new();
}
