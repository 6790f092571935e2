using AwsIdentity.Aws;
using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Core.Config;

namespace AwsIdentity.Core.Aws;

/// <summary>
/// Clients built from the provider configuration on first use (so Configure and previews never reach AWS),
/// rebuilt when Configure changes it.
/// </summary>
public sealed class ConfiguredAwsClients(ProviderContext provider) : IAwsClients
{
    private readonly Lock _gate = new();
    private (ProviderConfig Config, IAmazonEKS Eks, IAmazonLicenseManagerUserSubscriptions Lmus)? _built;

    public IAmazonEKS Eks => Build().Eks;

    public IAmazonLicenseManagerUserSubscriptions Lmus => Build().Lmus;

    private (ProviderConfig Config, IAmazonEKS Eks, IAmazonLicenseManagerUserSubscriptions Lmus) Build()
    {
        var config = provider.Config
            ?? throw new InvalidOperationException("the awsidentity provider is not configured (the engine has not called Configure)");
        lock (_gate)
        {
            if (_built is { } b && ReferenceEquals(b.Config, config)) return b;
            var settings = Settings(config);
            _built = (config, AwsClientFactory.CreateEks(settings), AwsClientFactory.CreateLicenseManagerUserSubscriptions(settings));
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
