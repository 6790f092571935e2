using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Output of DescribeUpdate [botocore eks-2017-11-01].</summary>
public sealed class DescribeUpdateResponse : AmazonWebServiceResponse
{
    public Update? Update { get; set; }
}
