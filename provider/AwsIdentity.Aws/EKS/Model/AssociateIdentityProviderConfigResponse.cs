using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Output of AssociateIdentityProviderConfig [botocore eks-2017-11-01].</summary>
public sealed class AssociateIdentityProviderConfigResponse : AmazonWebServiceResponse
{
    public Update? Update { get; set; }

    public Dictionary<string, string>? Tags { get; set; }
}
