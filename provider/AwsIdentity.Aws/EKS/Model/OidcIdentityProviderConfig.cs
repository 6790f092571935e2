namespace AwsIdentity.Aws.EKS.Model;

/// <summary>The OidcIdentityProviderConfig shape [botocore eks-2017-11-01].</summary>
public sealed class OidcIdentityProviderConfig
{
    public string? IdentityProviderConfigName { get; set; }

    public string? IdentityProviderConfigArn { get; set; }

    public string? ClusterName { get; set; }

    public string? IssuerUrl { get; set; }

    public string? ClientId { get; set; }

    public string? UsernameClaim { get; set; }

    public string? UsernamePrefix { get; set; }

    public string? GroupsClaim { get; set; }

    public string? GroupsPrefix { get; set; }

    public Dictionary<string, string>? RequiredClaims { get; set; }

    public Dictionary<string, string>? Tags { get; set; }

    public string? Status { get; set; }
}
