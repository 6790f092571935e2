using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Output of StartProductSubscription [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class StartProductSubscriptionResponse : AmazonWebServiceResponse
{
    /// <summary>ProductUserSummary (required).</summary>
    public ProductUserSummary? ProductUserSummary { get; set; }
}
