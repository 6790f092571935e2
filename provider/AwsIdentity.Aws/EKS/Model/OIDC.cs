namespace AwsIdentity.Aws.EKS.Model;

/// <summary>The OIDC shape [botocore eks-2017-11-01].</summary>
public sealed class OIDC
{
    public string? Issuer { get; set; }
}
