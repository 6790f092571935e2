namespace AwsIdentity.Core.Resources.Eks;

/// <summary>The resource id and import id: "&lt;clusterName&gt;:&lt;identityProviderConfigName&gt;" (as terraform's).</summary>
public readonly record struct IdentityProviderConfigId(string ClusterName, string ConfigName)
{
    public override string ToString() => $"{ClusterName}:{ConfigName}";

    public static IdentityProviderConfigId Parse(string id)
    {
        var parts = id.Split(':');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            throw new ArgumentException(
                $"invalid id \"{id}\" for {IdentityProviderConfigState.Token}: expected \"<clusterName>:<identityProviderConfigName>\", for example \"my-cluster:corp-sso\"");
        return new IdentityProviderConfigId(parts[0], parts[1]);
    }
}
