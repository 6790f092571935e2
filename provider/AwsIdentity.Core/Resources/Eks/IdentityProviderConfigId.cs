namespace AwsIdentity.Core.Resources.Eks;

/// <summary>The resource id and import id, of the form IdentityProviderConfigModel.cs declares.</summary>
public readonly record struct IdentityProviderConfigId(string ClusterName, string ConfigName)
{
    public override string ToString() => $"{ClusterName}:{ConfigName}";

    public static IdentityProviderConfigId Parse(string id)
    {
        var model = IdentityProviderConfigModel.Resource;
        var parts = model.Id.Split(id) ?? throw model.InvalidId(id);
        return new IdentityProviderConfigId(parts[0], parts[1]);
    }
}
