using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Output of TagResource [botocore eks-2017-11-01].</summary>
public sealed class TagResourceResponse : AmazonWebServiceResponse
{
}
