using AwsIdentity.Aws.Runtime;
namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Input of ListProductSubscriptions [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class ListProductSubscriptionsRequest : AmazonLicenseManagerUserSubscriptionsRequest, INextTokenRequest
{
    public string? Product { get; set; }

    /// <summary>IdentityProvider (required).</summary>
    public IdentityProvider? IdentityProvider { get; set; }

    public int? MaxResults { get; set; }

    public List<Filter>? Filters { get; set; }

    public string? NextToken { get; set; }
}
