namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>The UpdateSettings shape [botocore license-manager-user-subscriptions-2018-05-10]: subnets to add and remove, and a new security group.</summary>
public sealed class UpdateSettings
{
    /// <summary>AddSubnets (required; may be empty).</summary>
    public List<string>? AddSubnets { get; set; }

    /// <summary>RemoveSubnets (required; may be empty).</summary>
    public List<string>? RemoveSubnets { get; set; }

    public string? SecurityGroupId { get; set; }
}
