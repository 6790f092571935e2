namespace AwsIdentity.Aws.EKS.Model;

/// <summary>The Identity shape [botocore eks-2017-11-01].</summary>
public sealed class Identity
{
    public OIDC? Oidc { get; set; }
}
