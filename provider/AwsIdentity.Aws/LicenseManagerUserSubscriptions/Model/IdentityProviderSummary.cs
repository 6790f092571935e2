namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>The IdentityProviderSummary shape [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class IdentityProviderSummary
{
    /// <summary>IdentityProvider (required).</summary>
    public IdentityProvider? IdentityProvider { get; set; }

    /// <summary>Settings (required).</summary>
    public Settings? Settings { get; set; }

    /// <summary>Product (required).</summary>
    public string? Product { get; set; }

    /// <summary>Status (required).</summary>
    public string? Status { get; set; }

    public string? IdentityProviderArn { get; set; }

    public string? FailureMessage { get; set; }

    public string? OwnerAccountId { get; set; }
}
