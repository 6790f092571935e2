using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// The ProductUserSummary.Status strings this provider acts on, in one place. The botocore model
/// (license-manager-user-subscriptions-2018-05-10 service-2.json) types Status as a free String; the shared rule
/// (LmusErrors.cs) applies to the rest: anything containing FAIL is a failure, anything unknown is still pending.
/// </summary>
internal static class ProductSubscriptionStatus
{
    /// <summary>A subscription in use: a create waits for it.</summary>
    public const string Subscribed = "SUBSCRIBED";

    /// <summary>What the state shows before AWS has listed a new subscription.</summary>
    public const string Starting = "SUBSCRIBING";

    /// <summary>What a stop shows until the subscription is stopped.</summary>
    public const string Stopping = "UNSUBSCRIBING";

    /// <summary>Statuses of a subscription that was stopped: still listed, but gone for this resource.</summary>
    public static readonly IReadOnlyList<string> Stopped = ["UNSUBSCRIBED", "STOPPED"];

    public static readonly LmusStatuses<ProductUserSummary> Lifecycle = new(s => s.Status, s => s.StatusMessage,
        Done: Subscribed, Starting: Starting, Stopping: Stopping, Removed: [.. Stopped, Stopping], Gone: Stopped,
        RemovedReason: "the subscription was stopped while it was being started");

    public static bool IsSubscribed(string? status) => LmusErrors.Is(status, Subscribed);
}
