using AwsIdentity.Aws;
using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Core.Config;

namespace AwsIdentity.Core.Aws;

/// <summary>
/// Clients built from the provider configuration on first use (so Configure and previews never reach AWS),
/// rebuilt when Configure changes it.
/// </summary>
public sealed class ConfiguredAwsClients(ProviderContext provider, string? region = null) : IAwsClients
{
    private readonly Lock _gate = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ConfiguredAwsClients> _regions = new(StringComparer.Ordinal);

    /// <summary>This set for its own region (the provider's effective one when none was asked for), else a set of that region.</summary>
    public IAwsClients InRegion(string other) =>
        other == Build().Region ? this : _regions.GetOrAdd(other, r => new ConfiguredAwsClients(provider, r));
    private (ProviderConfig Config, string? Region, IAmazonEKS Eks, IAmazonLicenseManagerUserSubscriptions Lmus)? _built;

    public IAmazonEKS Eks => Build().Eks;

    public IAmazonLicenseManagerUserSubscriptions Lmus => Build().Lmus;

    private (ProviderConfig Config, string? Region, IAmazonEKS Eks, IAmazonLicenseManagerUserSubscriptions Lmus) Build()
    {
        var config = provider.Config
            ?? throw new InvalidOperationException("the awsidentity provider is not configured (the engine has not called Configure)");
        lock (_gate)
        {
            if (_built is { } b && ReferenceEquals(b.Config, config)) return b;
            var settings = Settings(config) with { Region = region ?? config.Region };
            _built = (config, region ?? AwsClientFactory.ResolveRegion(settings), AwsClientFactory.CreateEks(settings),
                AwsClientFactory.CreateLicenseManagerUserSubscriptions(settings));
            return _built.Value;
        }
    }

    public static AwsClientSettings Settings(ProviderConfig config) => new()
    {
        Region = config.Region,
        Profile = config.Profile,
        AccessKey = config.AccessKey,
        SecretKey = config.SecretKey,
        Token = config.Token,
        EksEndpoint = config.Endpoints?.Eks,
        LicenseManagerUserSubscriptionsEndpoint = config.Endpoints?.LicenseManagerUserSubscriptions,
        MaxRetries = config.MaxRetries,
    };
}
