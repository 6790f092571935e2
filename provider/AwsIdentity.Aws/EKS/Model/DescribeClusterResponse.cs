using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Output of DescribeCluster [botocore eks-2017-11-01].</summary>
public sealed class DescribeClusterResponse : AmazonWebServiceResponse
{
    public Cluster? Cluster { get; set; }
}
