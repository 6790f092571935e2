using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.Eks;

/// <summary>OIDC settings of an EKS identity provider config (EKS OidcIdentityProviderConfigRequest).</summary>
public sealed record OidcIdentityProviderConfigArgs
{
    public string IdentityProviderConfigName { get; init; } = "";
    public string IssuerUrl { get; init; } = "";
    public string ClientId { get; init; } = "";
    public string? UsernameClaim { get; init; }
    public string? UsernamePrefix { get; init; }
    public string? GroupsClaim { get; init; }
    public string? GroupsPrefix { get; init; }
    public IReadOnlyDictionary<string, string>? RequiredClaims { get; init; }

    /// <summary>Issuer URL rule (EKS API reference, OidcIdentityProviderConfigRequest.issuerUrl): https, a host,
    /// no query string; a fragment makes no sense in an issuer either.</summary>
    internal static string? IssuerRule(string url)
    {
        if (Rules.Url(url, httpsOnly: true) is { } reason) return reason;
        var uri = new Uri(url);
        if (uri.Query.Length > 0) return "must not contain a query string (\"?…\")";
        if (uri.Fragment.Length > 0) return "must not contain a fragment (\"#…\")";
        return null;
    }

    public static readonly RecordShape<OidcIdentityProviderConfigArgs> Shape = new RecordShape<OidcIdentityProviderConfigArgs>(
            "awsidentity:eks:OidcIdentityProviderConfig",
            "How the cluster's API server trusts tokens from an OpenID Connect issuer.")
        .Property("identityProviderConfigName", Kinds.Text(1, 100), r => r.IdentityProviderConfigName, (r, v) => r with { IdentityProviderConfigName = v },
            "Name of the identity provider config, unique within the cluster.", required: true, replaceOnChanges: true)
        .Property("issuerUrl", Kinds.String.Where(IssuerRule), r => r.IssuerUrl, (r, v) => r with { IssuerUrl = v },
            "URL of the OIDC issuer; https, without query string. The API server fetches the issuer's public signing keys from it.", required: true, replaceOnChanges: true)
        .Property("clientId", Kinds.Text(1, 1024), r => r.ClientId, (r, v) => r with { ClientId = v },
            "Client ID the issuer put in the tokens' audience for this cluster.", required: true, replaceOnChanges: true)
        .Property("usernameClaim", Kinds.Text(1, 1024), r => r.UsernameClaim, (r, v) => r with { UsernameClaim = v },
            "Token claim used as the Kubernetes user name; EKS uses \"sub\" when it is not set.", replaceOnChanges: true)
        .Property("usernamePrefix", Kinds.Text(1, 1024), r => r.UsernamePrefix, (r, v) => r with { UsernamePrefix = v },
            "Prefix put before user names so they cannot clash with other authenticators' users.", replaceOnChanges: true)
        .Property("groupsClaim", Kinds.Text(1, 1024), r => r.GroupsClaim, (r, v) => r with { GroupsClaim = v },
            "Token claim that lists the user's groups.", replaceOnChanges: true)
        .Property("groupsPrefix", Kinds.Text(1, 1024), r => r.GroupsPrefix, (r, v) => r with { GroupsPrefix = v },
            "Prefix put before group names, for example \"oidc:\".", replaceOnChanges: true)
        .Property("requiredClaims", Kinds.MapOf(Kinds.Text(1, 253), maxEntries: 10, keyRule: k => Rules.Length(k, 1, 63) is { } r ? $"claim name {r}" : null),
            r => r.RequiredClaims, (r, v) => r with { RequiredClaims = v },
            "Claims every token must carry with exactly these values (at most 10; names 1-63 characters, values 1-253).", replaceOnChanges: true);
}
