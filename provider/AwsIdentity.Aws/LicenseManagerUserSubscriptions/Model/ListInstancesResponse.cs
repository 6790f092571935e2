using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Output of ListInstances [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class ListInstancesResponse : AmazonWebServiceResponse
{
    public List<InstanceSummary>? InstanceSummaries { get; set; }

    public string? NextToken { get; set; }
}
