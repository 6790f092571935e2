namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Input of DisassociateIdentityProviderConfig [botocore eks-2017-11-01].</summary>
public sealed class DisassociateIdentityProviderConfigRequest : AmazonEKSRequest
{
    /// <summary>ClusterName (URI label {name}; required).</summary>
    public string? ClusterName { get; set; }

    /// <summary>IdentityProviderConfig (required).</summary>
    public IdentityProviderConfig? IdentityProviderConfig { get; set; }

    /// <summary>ClientRequestToken (idempotency token; a GUID is sent when unset).</summary>
    public string? ClientRequestToken { get; set; }
}
