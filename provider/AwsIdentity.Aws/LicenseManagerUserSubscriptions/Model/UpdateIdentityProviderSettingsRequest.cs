namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Input of UpdateIdentityProviderSettings [botocore license-manager-user-subscriptions-2018-05-10]: the registration is named by IdentityProvider and Product, or by IdentityProviderArn.</summary>
public sealed class UpdateIdentityProviderSettingsRequest : AmazonLicenseManagerUserSubscriptionsRequest
{
    public IdentityProvider? IdentityProvider { get; set; }

    public string? Product { get; set; }

    public string? IdentityProviderArn { get; set; }

    /// <summary>UpdateSettings (required).</summary>
    public UpdateSettings? UpdateSettings { get; set; }
}
