namespace AwsIdentity.Aws.EKS.Model;

/// <summary>The IdentityProviderConfigResponse shape [botocore eks-2017-11-01].</summary>
public sealed class IdentityProviderConfigResponse
{
    public OidcIdentityProviderConfig? Oidc { get; set; }
}
