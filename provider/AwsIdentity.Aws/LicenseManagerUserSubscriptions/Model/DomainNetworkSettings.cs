namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>The DomainNetworkSettings shape [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class DomainNetworkSettings
{
    /// <summary>Subnets (required).</summary>
    public List<string>? Subnets { get; set; }
}
