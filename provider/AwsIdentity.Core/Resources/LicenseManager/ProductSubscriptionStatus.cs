using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// The ProductUserSummary.Status strings this provider acts on, in one place. The botocore model types Status as a
/// free String (boto/botocore botocore/data/license-manager-user-subscriptions/2018-05-10/service-2.json), and no AWS
/// service document lists its values. The research for issue 14 found them in an AWS sample
/// (aws-samples/aws-license-manager-license-consumption-sample user-subscriptions/src/manage_user_subscriptions.py):
/// its code compares with SUBSCRIBED (cited); its docs and a Status filter name UNSUBSCRIBED for a stopped one, and
/// its prose PENDING for one being started (both weak: a sample's prose, not the service's documents); the same prose
/// says ACTIVE and INACTIVE too, so those count the same (assumed). No string for a stop in progress was found (UNSUBSCRIBING assumed).
/// Everything else follows the shared rule (LmusErrors.cs): FAIL in the status ends a wait with AWS's
/// StatusMessage, and an unknown status is still pending.
/// </summary>
internal static class ProductSubscriptionStatus
{
    /// <summary>A subscription in use (cited): what a create waits for, or ACTIVE (assumed).</summary>
    public const string Subscribed = "SUBSCRIBED";

    /// <summary>A subscription being started (weak); the state shows it before AWS lists a new subscription.</summary>
    public const string Pending = "PENDING";

    /// <summary>A stopped subscription (UNSUBSCRIBED weak, INACTIVE assumed): still listed, but gone for this resource.</summary>
    public const string Unsubscribed = "UNSUBSCRIBED";

    /// <summary>A stop AWS has not finished: no source names one, so this is assumed, as the emulator assumes it
    /// (tools/AwsIdentity.Emulator/State/LmusStatus.cs); a create that sees it fails rather than waits.</summary>
    public const string Stopping = "UNSUBSCRIBING";

    public static readonly LmusStatuses Lifecycle = new("subscription", Pending, Subscribed, Stopping, Unsubscribed)
    {
        AlsoReady = ["ACTIVE"],
        AlsoGone = ["INACTIVE"],
    };

    /// <summary>A listed subscription's status and AWS's message, as the waits read them.</summary>
    public static (string?, string?) Report(ProductUserSummary s) => (s.Status, s.StatusMessage);

    public static bool IsGone(ProductUserSummary s) => Lifecycle.IsGone(s.Status);
}
