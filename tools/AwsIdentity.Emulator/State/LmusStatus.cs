namespace AwsIdentity.Emulator.State;

/// <summary>
/// The status strings of LMUS registrations and product subscriptions, kept in one place. The model types every
/// status as a free string (boto/botocore botocore/data/license-manager-user-subscriptions/2018-05-10/service-2.json)
/// and no AWS service doc lists the values; tools/AwsIdentity.Emulator/README.md gives each one's source: REGISTERED
/// and SUBSCRIBED are what AWS's own sample code tests for (aws-samples/aws-license-manager-license-consumption-sample
/// user-subscriptions/src), DEREGISTERED, PENDING and UNSUBSCRIBED only appear in that sample's prose and docs, the
/// rest are assumed.
/// </summary>
public static class LmusStatus
{
    public const string Registering = "REGISTERING";
    public const string Registered = "REGISTERED";
    public const string Deregistering = "DEREGISTERING";
    public const string Deregistered = "DEREGISTERED";
    public const string Subscribing = "PENDING";
    public const string Subscribed = "SUBSCRIBED";
    public const string Stopping = "UNSUBSCRIBING";
    public const string Stopped = "UNSUBSCRIBED";

    /// <summary>The failure status the control API's fail-next endpoints use unless told another.</summary>
    public const string Failed = "FAILED";

    /// <summary>The shared rule: a status containing FAIL is a settled failure.</summary>
    public static bool IsFailure(string status) => status.Contains("FAIL", StringComparison.OrdinalIgnoreCase);
}
