using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.Eks;

/// <summary>Inputs of awsidentity:eks:IdentityProviderConfig.</summary>
public sealed record IdentityProviderConfigArgs
{
    public string ClusterName { get; init; } = "";
    public OidcIdentityProviderConfigArgs Oidc { get; init; } = new();
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public static readonly RecordShape<IdentityProviderConfigArgs> Shape = new RecordShape<IdentityProviderConfigArgs>(
            IdentityProviderConfigState.Token, "Inputs of an EKS OIDC identity provider config.")
        .Property("clusterName", Kinds.Text(1, 100), r => r.ClusterName, (r, v) => r with { ClusterName = v },
            "Name of the EKS cluster the identity provider is associated with.", required: true, replaceOnChanges: true)
        .Property("oidc", OidcIdentityProviderConfigArgs.Shape, r => r.Oidc, (r, v) => r with { Oidc = v },
            "OpenID Connect settings. A cluster holds one OIDC config, so a change replaces it (delete before create).", required: true, replaceOnChanges: true)
        .Property("tags", CommonKinds.Tags, r => r.Tags, (r, v) => r with { Tags = v },
            "Tags of the identity provider config; changed in place. Merged over the provider's defaultTags.");
}
