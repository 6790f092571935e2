namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Input of StopProductSubscription [botocore license-manager-user-subscriptions-2018-05-10]: the subscription is named by Username, IdentityProvider and Product, or by ProductUserArn.</summary>
public sealed class StopProductSubscriptionRequest : AmazonLicenseManagerUserSubscriptionsRequest
{
    public string? Username { get; set; }

    public IdentityProvider? IdentityProvider { get; set; }

    public string? Product { get; set; }

    public string? ProductUserArn { get; set; }

    public string? Domain { get; set; }
}
