namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>The ActiveDirectorySettings shape [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class ActiveDirectorySettings
{
    public string? DomainName { get; set; }

    public List<string>? DomainIpv4List { get; set; }

    public List<string>? DomainIpv6List { get; set; }

    public CredentialsProvider? DomainCredentialsProvider { get; set; }

    public DomainNetworkSettings? DomainNetworkSettings { get; set; }
}
