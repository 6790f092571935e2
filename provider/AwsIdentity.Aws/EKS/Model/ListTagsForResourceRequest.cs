namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Input of ListTagsForResource [botocore eks-2017-11-01].</summary>
public sealed class ListTagsForResourceRequest : AmazonEKSRequest
{
    /// <summary>ResourceArn (URI label {resourceArn}; required).</summary>
    public string? ResourceArn { get; set; }
}
