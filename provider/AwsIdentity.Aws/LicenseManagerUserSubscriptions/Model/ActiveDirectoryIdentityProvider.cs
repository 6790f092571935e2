namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>The ActiveDirectoryIdentityProvider shape [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class ActiveDirectoryIdentityProvider
{
    public string? DirectoryId { get; set; }

    public ActiveDirectorySettings? ActiveDirectorySettings { get; set; }

    public string? ActiveDirectoryType { get; set; }

    public bool? IsSharedActiveDirectory { get; set; }
}
