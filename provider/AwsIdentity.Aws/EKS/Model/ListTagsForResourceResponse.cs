using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Output of ListTagsForResource [botocore eks-2017-11-01].</summary>
public sealed class ListTagsForResourceResponse : AmazonWebServiceResponse
{
    public Dictionary<string, string>? Tags { get; set; }
}
