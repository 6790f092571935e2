namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>The InstanceSummary shape [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class InstanceSummary
{
    /// <summary>InstanceId (required).</summary>
    public string? InstanceId { get; set; }

    /// <summary>Status (required).</summary>
    public string? Status { get; set; }

    /// <summary>Products (required).</summary>
    public List<string>? Products { get; set; }

    public string? LastStatusCheckDate { get; set; }

    public string? StatusMessage { get; set; }

    public string? OwnerAccountId { get; set; }

    public IdentityProvider? IdentityProvider { get; set; }
}
