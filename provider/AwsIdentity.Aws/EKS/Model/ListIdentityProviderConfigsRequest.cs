using AwsIdentity.Aws.Runtime;
namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Input of ListIdentityProviderConfigs [botocore eks-2017-11-01].</summary>
public sealed class ListIdentityProviderConfigsRequest : AmazonEKSRequest, INextTokenRequest
{
    /// <summary>ClusterName (URI label {name}; required).</summary>
    public string? ClusterName { get; set; }

    /// <summary>MaxResults (query parameter maxResults).</summary>
    public int? MaxResults { get; set; }

    /// <summary>NextToken (query parameter nextToken).</summary>
    public string? NextToken { get; set; }
}
