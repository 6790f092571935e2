namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Input of DeregisterIdentityProvider [botocore license-manager-user-subscriptions-2018-05-10]: the registration is named by IdentityProvider and Product, or by IdentityProviderArn.</summary>
public sealed class DeregisterIdentityProviderRequest : AmazonLicenseManagerUserSubscriptionsRequest
{
    public IdentityProvider? IdentityProvider { get; set; }

    public string? Product { get; set; }

    public string? IdentityProviderArn { get; set; }
}
