namespace AwsIdentity.Aws.EKS.Model;

/// <summary>The OidcIdentityProviderConfigRequest shape [botocore eks-2017-11-01].</summary>
public sealed class OidcIdentityProviderConfigRequest
{
    /// <summary>IdentityProviderConfigName (required).</summary>
    public string? IdentityProviderConfigName { get; set; }

    /// <summary>IssuerUrl (required).</summary>
    public string? IssuerUrl { get; set; }

    /// <summary>ClientId (required).</summary>
    public string? ClientId { get; set; }

    public string? UsernameClaim { get; set; }

    public string? UsernamePrefix { get; set; }

    public string? GroupsClaim { get; set; }

    public string? GroupsPrefix { get; set; }

    public Dictionary<string, string>? RequiredClaims { get; set; }
}
