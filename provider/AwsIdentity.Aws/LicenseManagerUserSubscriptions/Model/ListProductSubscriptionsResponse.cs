using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Output of ListProductSubscriptions [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class ListProductSubscriptionsResponse : AmazonWebServiceResponse
{
    public List<ProductUserSummary>? ProductUserSummaries { get; set; }

    public string? NextToken { get; set; }
}
