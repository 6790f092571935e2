namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Input of StartProductSubscription [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class StartProductSubscriptionRequest : AmazonLicenseManagerUserSubscriptionsRequest
{
    /// <summary>Username (required).</summary>
    public string? Username { get; set; }

    /// <summary>IdentityProvider (required).</summary>
    public IdentityProvider? IdentityProvider { get; set; }

    /// <summary>Product (required).</summary>
    public string? Product { get; set; }

    public string? Domain { get; set; }

    public Dictionary<string, string>? Tags { get; set; }
}
