namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Input of AssociateUser [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class AssociateUserRequest : AmazonLicenseManagerUserSubscriptionsRequest
{
    /// <summary>Username (required).</summary>
    public string? Username { get; set; }

    /// <summary>InstanceId (required).</summary>
    public string? InstanceId { get; set; }

    /// <summary>IdentityProvider (required).</summary>
    public IdentityProvider? IdentityProvider { get; set; }

    public string? Domain { get; set; }

    public Dictionary<string, string>? Tags { get; set; }
}
