namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Input of DescribeCluster [botocore eks-2017-11-01].</summary>
public sealed class DescribeClusterRequest : AmazonEKSRequest
{
    /// <summary>Name (URI label {name}; required).</summary>
    public string? Name { get; set; }
}
