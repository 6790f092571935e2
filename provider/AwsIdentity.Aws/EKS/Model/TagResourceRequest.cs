namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Input of TagResource [botocore eks-2017-11-01].</summary>
public sealed class TagResourceRequest : AmazonEKSRequest
{
    /// <summary>ResourceArn (URI label {resourceArn}; required).</summary>
    public string? ResourceArn { get; set; }

    /// <summary>Tags (required).</summary>
    public Dictionary<string, string>? Tags { get; set; }
}
