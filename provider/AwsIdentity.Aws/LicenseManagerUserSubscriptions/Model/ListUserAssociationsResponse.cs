using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Output of ListUserAssociations [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class ListUserAssociationsResponse : AmazonWebServiceResponse
{
    public List<InstanceUserSummary>? InstanceUserSummaries { get; set; }

    public string? NextToken { get; set; }
}
