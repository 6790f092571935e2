using System.Security.Cryptography;
using System.Text;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Resources.Eks;

/// <summary>Expanders (our records → EKS requests) and flatteners (EKS shapes → our records).</summary>
internal static class IdentityProviderConfigMapping
{
    public static OidcIdentityProviderConfigRequest Expand(OidcIdentityProviderConfigArgs oidc) => new()
    {
        IdentityProviderConfigName = oidc.IdentityProviderConfigName,
        IssuerUrl = oidc.IssuerUrl,
        ClientId = oidc.ClientId,
        UsernameClaim = oidc.UsernameClaim,
        UsernamePrefix = oidc.UsernamePrefix,
        GroupsClaim = oidc.GroupsClaim,
        GroupsPrefix = oidc.GroupsPrefix,
        RequiredClaims = oidc.RequiredClaims?.ToDictionary(),
    };

    public static OidcIdentityProviderConfigArgs Flatten(OidcIdentityProviderConfig live) => new()
    {
        IdentityProviderConfigName = live.IdentityProviderConfigName ?? "",
        IssuerUrl = live.IssuerUrl ?? "",
        ClientId = live.ClientId ?? "",
        UsernameClaim = live.UsernameClaim,
        UsernamePrefix = live.UsernamePrefix,
        GroupsClaim = live.GroupsClaim,
        GroupsPrefix = live.GroupsPrefix,
        RequiredClaims = live.RequiredClaims is { Count: > 0 } claims ? new SortedDictionary<string, string>(claims, StringComparer.Ordinal) : null,
    };

    /// <summary>
    /// Values EKS uses when none is sent (botocore model, OidcIdentityProviderConfigRequest): usernameClaim "sub", and
    /// usernamePrefix "issuerurl#" unless the username claim is email. EKS may report them back (SameForAws.cs).
    /// </summary>
    public static readonly SameForAws Defaults = new()
    {
        IsDefault = (path, inputs, value) => (path.ToString(), value) switch
        {
            ("oidc.usernameClaim", StringValue { Value: "sub" }) => true,
            ("oidc.usernamePrefix", StringValue prefix) => inputs.At(PropertyPath.Of("oidc").Key("usernameClaim"))?.Reveal() is not StringValue { Value: "email" }
                && inputs.At(PropertyPath.Of("oidc").Key("issuerUrl"))?.Reveal() is StringValue issuer && prefix.Value == issuer.Value + "#",
            _ => false,
        },
    };

    /// <summary>
    /// EKS idempotency token for AssociateIdentityProviderConfig: the same resource key and inputs give the same
    /// token, so a create the engine retries (or a restarted provider repeats) is not associated twice.
    /// </summary>
    public static string ClientRequestToken(string resourceKey, ObjectValue inputs)
    {
        var canonical = resourceKey + "\n" + CanonicalJson.Write(inputs);
        return "awsid-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..32];
    }

    /// <summary>A token for one more association of the same inputs (the earlier one was used up).</summary>
    public static string FreshToken(string token) => $"{token}-{Guid.NewGuid():N}"[..Math.Min(token.Length + 9, 64)];
}
