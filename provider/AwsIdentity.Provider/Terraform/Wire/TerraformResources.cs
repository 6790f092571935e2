using AwsIdentity.Core.Config;
using AwsIdentity.Core.Resources;
using AwsIdentity.Provider.Terraform.Resources;

namespace AwsIdentity.Provider.Terraform.Wire;

/// <summary>The resource types terraform can drive, by type name, over the same handlers the Pulumi front end uses.</summary>
public sealed class TerraformResources
{
    private readonly Dictionary<string, TerraformResource> _byName;

    public TerraformResources(ResourceRegistry registry, ProviderContext provider)
    {
        Provider = provider;
        _byName = registry.All
            .Select(h => new TerraformResource(h, h.Model, () => provider.Config is { } c ? EffectiveRegion.Resolve(c) : null))
            .ToDictionary(r => r.TypeName, StringComparer.Ordinal);
    }

    public ProviderContext Provider { get; }

    public IEnumerable<TerraformResource> All => _byName.Values.OrderBy(r => r.TypeName, StringComparer.Ordinal);

    public TerraformResource? Find(string typeName) => _byName.GetValueOrDefault(typeName);

    public string KnownTypes => string.Join(", ", _byName.Keys.Order(StringComparer.Ordinal));
}
