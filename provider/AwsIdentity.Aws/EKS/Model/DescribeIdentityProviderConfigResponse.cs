using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Output of DescribeIdentityProviderConfig [botocore eks-2017-11-01].</summary>
public sealed class DescribeIdentityProviderConfigResponse : AmazonWebServiceResponse
{
    public IdentityProviderConfigResponse? IdentityProviderConfig { get; set; }
}
