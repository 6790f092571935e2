namespace AwsIdentity.Aws.EKS.Model;

/// <summary>The Certificate shape [botocore eks-2017-11-01].</summary>
public sealed class Certificate
{
    public string? Data { get; set; }
}
