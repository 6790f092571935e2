namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Input of ListTagsForResource [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class ListTagsForResourceRequest : AmazonLicenseManagerUserSubscriptionsRequest
{
    /// <summary>ResourceArn (URI label {ResourceArn}; required).</summary>
    public string? ResourceArn { get; set; }
}
