namespace AwsIdentity.Aws.EKS.Model;

/// <summary>The ErrorDetail shape [botocore eks-2017-11-01].</summary>
public sealed class ErrorDetail
{
    public string? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }

    public List<string>? ResourceIds { get; set; }
}
