namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>The InstanceUserSummary shape [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class InstanceUserSummary
{
    /// <summary>Username (required).</summary>
    public string? Username { get; set; }

    /// <summary>InstanceId (required).</summary>
    public string? InstanceId { get; set; }

    /// <summary>IdentityProvider (required).</summary>
    public IdentityProvider? IdentityProvider { get; set; }

    /// <summary>Status (required).</summary>
    public string? Status { get; set; }

    public string? InstanceUserArn { get; set; }

    public string? StatusMessage { get; set; }

    public string? Domain { get; set; }

    public string? AssociationDate { get; set; }

    public string? DisassociationDate { get; set; }
}
