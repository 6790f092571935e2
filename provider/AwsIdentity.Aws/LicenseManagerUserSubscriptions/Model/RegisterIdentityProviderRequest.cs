namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Input of RegisterIdentityProvider [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class RegisterIdentityProviderRequest : AmazonLicenseManagerUserSubscriptionsRequest
{
    /// <summary>IdentityProvider (required).</summary>
    public IdentityProvider? IdentityProvider { get; set; }

    /// <summary>Product (required).</summary>
    public string? Product { get; set; }

    public Settings? Settings { get; set; }

    public Dictionary<string, string>? Tags { get; set; }
}
