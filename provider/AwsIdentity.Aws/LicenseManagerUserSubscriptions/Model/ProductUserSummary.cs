namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>The ProductUserSummary shape [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class ProductUserSummary
{
    /// <summary>Username (required).</summary>
    public string? Username { get; set; }

    /// <summary>Product (required).</summary>
    public string? Product { get; set; }

    /// <summary>IdentityProvider (required).</summary>
    public IdentityProvider? IdentityProvider { get; set; }

    /// <summary>Status (required).</summary>
    public string? Status { get; set; }

    public string? ProductUserArn { get; set; }

    public string? StatusMessage { get; set; }

    public string? Domain { get; set; }

    public string? SubscriptionStartDate { get; set; }

    public string? SubscriptionEndDate { get; set; }
}
