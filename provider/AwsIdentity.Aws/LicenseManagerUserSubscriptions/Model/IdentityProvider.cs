namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>The IdentityProvider shape [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class IdentityProvider
{
    public ActiveDirectoryIdentityProvider? ActiveDirectoryIdentityProvider { get; set; }
}
