namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>The Settings shape [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class Settings
{
    /// <summary>Subnets (required).</summary>
    public List<string>? Subnets { get; set; }

    /// <summary>SecurityGroupId (required).</summary>
    public string? SecurityGroupId { get; set; }
}
