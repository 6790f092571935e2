namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Input of AssociateIdentityProviderConfig [botocore eks-2017-11-01].</summary>
public sealed class AssociateIdentityProviderConfigRequest : AmazonEKSRequest
{
    /// <summary>ClusterName (URI label {name}; required).</summary>
    public string? ClusterName { get; set; }

    /// <summary>Oidc (required).</summary>
    public OidcIdentityProviderConfigRequest? Oidc { get; set; }

    public Dictionary<string, string>? Tags { get; set; }

    /// <summary>ClientRequestToken (idempotency token; a GUID is sent when unset).</summary>
    public string? ClientRequestToken { get; set; }
}
