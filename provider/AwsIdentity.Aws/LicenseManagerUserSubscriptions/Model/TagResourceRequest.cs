namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Input of TagResource [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class TagResourceRequest : AmazonLicenseManagerUserSubscriptionsRequest
{
    /// <summary>ResourceArn (URI label {ResourceArn}; required).</summary>
    public string? ResourceArn { get; set; }

    /// <summary>Tags (required).</summary>
    public Dictionary<string, string>? Tags { get; set; }
}
