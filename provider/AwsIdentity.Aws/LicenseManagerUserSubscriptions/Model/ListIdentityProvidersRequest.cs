using AwsIdentity.Aws.Runtime;
namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Input of ListIdentityProviders [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class ListIdentityProvidersRequest : AmazonLicenseManagerUserSubscriptionsRequest, INextTokenRequest
{
    public int? MaxResults { get; set; }

    public List<Filter>? Filters { get; set; }

    public string? NextToken { get; set; }
}
