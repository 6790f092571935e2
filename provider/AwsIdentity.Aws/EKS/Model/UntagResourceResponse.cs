using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Output of UntagResource [botocore eks-2017-11-01].</summary>
public sealed class UntagResourceResponse : AmazonWebServiceResponse
{
}
