using AwsIdentity.Aws.Runtime;
namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Input of ListInstances [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class ListInstancesRequest : AmazonLicenseManagerUserSubscriptionsRequest, INextTokenRequest
{
    public int? MaxResults { get; set; }

    public string? NextToken { get; set; }

    public List<Filter>? Filters { get; set; }
}
