namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Input of UntagResource [botocore eks-2017-11-01].</summary>
public sealed class UntagResourceRequest : AmazonEKSRequest
{
    /// <summary>ResourceArn (URI label {resourceArn}; required).</summary>
    public string? ResourceArn { get; set; }

    /// <summary>TagKeys (query parameter tagKeys; required).</summary>
    public List<string>? TagKeys { get; set; }
}
