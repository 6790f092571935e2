namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>The Filter shape [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class Filter
{
    public string? Attribute { get; set; }

    public string? Operation { get; set; }

    public string? Value { get; set; }
}
