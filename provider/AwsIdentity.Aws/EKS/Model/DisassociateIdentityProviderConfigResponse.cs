using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Output of DisassociateIdentityProviderConfig [botocore eks-2017-11-01].</summary>
public sealed class DisassociateIdentityProviderConfigResponse : AmazonWebServiceResponse
{
    public Update? Update { get; set; }
}
