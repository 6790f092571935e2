using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Output of StopProductSubscription [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class StopProductSubscriptionResponse : AmazonWebServiceResponse
{
    /// <summary>ProductUserSummary (required).</summary>
    public ProductUserSummary? ProductUserSummary { get; set; }
}
