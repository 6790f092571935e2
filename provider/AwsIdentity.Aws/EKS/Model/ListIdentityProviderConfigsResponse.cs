using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Output of ListIdentityProviderConfigs [botocore eks-2017-11-01].</summary>
public sealed class ListIdentityProviderConfigsResponse : AmazonWebServiceResponse
{
    public List<IdentityProviderConfig>? IdentityProviderConfigs { get; set; }

    public string? NextToken { get; set; }
}
