namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Input of DescribeUpdate [botocore eks-2017-11-01].</summary>
public sealed class DescribeUpdateRequest : AmazonEKSRequest
{
    /// <summary>Name (URI label {name}; required).</summary>
    public string? Name { get; set; }

    /// <summary>UpdateId (URI label {updateId}; required).</summary>
    public string? UpdateId { get; set; }

    /// <summary>NodegroupName (query parameter nodegroupName).</summary>
    public string? NodegroupName { get; set; }

    /// <summary>AddonName (query parameter addonName).</summary>
    public string? AddonName { get; set; }

    /// <summary>CapabilityName (query parameter capabilityName).</summary>
    public string? CapabilityName { get; set; }
}
