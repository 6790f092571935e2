namespace AwsIdentity.Core.Config;

/// <summary>
/// What the resources see of the provider: the configuration from Configure (null until then; also null when the
/// engine skipped Configure because a config value was unknown during preview).
/// </summary>
public sealed class ProviderContext
{
    private volatile ProviderConfig? _config;

    public ProviderConfig? Config => _config;

    public bool IsConfigured => _config is not null;

    public IReadOnlyDictionary<string, string>? DefaultTags => _config?.DefaultTags?.Tags;

    public void Configure(ProviderConfig config) => _config = config;
}
