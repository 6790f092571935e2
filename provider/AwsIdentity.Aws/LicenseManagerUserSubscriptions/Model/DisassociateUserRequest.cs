namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Input of DisassociateUser [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class DisassociateUserRequest : AmazonLicenseManagerUserSubscriptionsRequest
{
    public string? Username { get; set; }

    public string? InstanceId { get; set; }

    public IdentityProvider? IdentityProvider { get; set; }

    public string? InstanceUserArn { get; set; }

    public string? Domain { get; set; }
}
