namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Input of DescribeIdentityProviderConfig [botocore eks-2017-11-01].</summary>
public sealed class DescribeIdentityProviderConfigRequest : AmazonEKSRequest
{
    /// <summary>ClusterName (URI label {name}; required).</summary>
    public string? ClusterName { get; set; }

    /// <summary>IdentityProviderConfig (required).</summary>
    public IdentityProviderConfig? IdentityProviderConfig { get; set; }
}
