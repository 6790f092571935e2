using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// The ProductUserSummary.Status strings this provider acts on, in one place. The botocore model
/// (license-manager-user-subscriptions-2018-05-10 service-2.json) types Status as a free String and no AWS service
/// document lists its values; the research for issue 14 found these in aws-samples/aws-license-manager-license-consumption-sample
/// (folder user-subscriptions): SUBSCRIBED is what its code compares with (user_subscriptions_usage_metrics_sample.py,
/// manage_user_subscriptions.py; cited), UNSUBSCRIBED what its docs and a Status filter example name for a stopped one,
/// and PENDING what its prose names for one being started (both weak: prose and docs of a sample, not of the service).
/// The same prose calls them ACTIVE and INACTIVE too, so those count the same (assumed). No string for a stop in
/// progress was found. Everything else follows the shared rule (LmusErrors.cs): FAIL in the status ends a wait with
/// AWS's StatusMessage, and an unknown status is still pending.
/// </summary>
internal static class ProductSubscriptionStatus
{
    /// <summary>A subscription in use (cited).</summary>
    public const string Subscribed = "SUBSCRIBED";

    /// <summary>What a create waits for: <see cref="Subscribed"/>, or ACTIVE (assumed).</summary>
    public static readonly IReadOnlyList<string> InUse = [Subscribed, "ACTIVE"];

    /// <summary>A subscription being started (weak); the state shows it before AWS lists a new subscription.</summary>
    public const string Pending = "PENDING";

    /// <summary>A stopped subscription (UNSUBSCRIBED weak, INACTIVE assumed): still listed, but gone for this resource.</summary>
    public static readonly IReadOnlyList<string> Stopped = ["UNSUBSCRIBED", "INACTIVE"];

    /// <summary>Our word for a stop AWS has not finished (no AWS string is known): only shown while waiting.</summary>
    private const string Stopping = "stopping";

    public static readonly LmusStatuses<ProductUserSummary> Lifecycle = new(s => s.Status, s => s.StatusMessage,
        Done: InUse, Starting: Pending, Stopping: Stopping, Removed: Stopped, Gone: Stopped,
        RemovedReason: "the subscription was stopped while it was being started");
}
