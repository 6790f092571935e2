namespace AwsIdentity.Aws.EKS.Model;

/// <summary>The UpdateParam shape [botocore eks-2017-11-01].</summary>
public sealed class UpdateParam
{
    public string? Type { get; set; }

    public string? Value { get; set; }
}
