namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Input of UntagResource [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class UntagResourceRequest : AmazonLicenseManagerUserSubscriptionsRequest
{
    /// <summary>ResourceArn (URI label {ResourceArn}; required).</summary>
    public string? ResourceArn { get; set; }

    /// <summary>TagKeys (query parameter tagKeys; required).</summary>
    public List<string>? TagKeys { get; set; }
}
