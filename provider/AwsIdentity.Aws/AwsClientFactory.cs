using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions;

namespace AwsIdentity.Aws;

/// <summary>
/// The one place the provider turns its configuration into AWS clients. Credentials: explicit keys,
/// then the named profile, then AWSSDK.Core's default chain (resolved lazily, at the first call, so a
/// preview needs none). Region: explicit, then the profile's, then AWS_REGION / AWS_DEFAULT_REGION,
/// then the default profile's; if still unknown the SDK's own fallback runs at the first call.
/// </summary>
public static class AwsClientFactory
{
    public static IAmazonEKS CreateEks(AwsClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var config = new AmazonEKSConfig();
        Configure(config, settings, settings.EksEndpoint);
        var credentials = ResolveCredentials(settings);
        return Construct(() => credentials is null ? new AmazonEKSClient(config) : new AmazonEKSClient(credentials, config));
    }

    public static IAmazonLicenseManagerUserSubscriptions CreateLicenseManagerUserSubscriptions(AwsClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var config = new AmazonLicenseManagerUserSubscriptionsConfig();
        Configure(config, settings, settings.LicenseManagerUserSubscriptionsEndpoint);
        var credentials = ResolveCredentials(settings);
        return Construct(() => credentials is null
            ? new AmazonLicenseManagerUserSubscriptionsClient(config)
            : new AmazonLicenseManagerUserSubscriptionsClient(credentials, config));
    }

    /// <summary>Explicit keys, else the named profile, else null meaning "the SDK's default chain".</summary>
    public static AWSCredentials? ResolveCredentials(AwsClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var hasKey = !string.IsNullOrEmpty(settings.AccessKey);
        var hasSecret = !string.IsNullOrEmpty(settings.SecretKey);
        if (hasKey != hasSecret)
        {
            throw new ArgumentException("Configuring AWS credentials: accessKey and secretKey must be set together.");
        }

        if (hasKey)
        {
            return string.IsNullOrEmpty(settings.Token)
                ? new BasicAWSCredentials(settings.AccessKey, settings.SecretKey)
                : new SessionAWSCredentials(settings.AccessKey, settings.SecretKey, settings.Token);
        }

        if (!string.IsNullOrEmpty(settings.Profile))
        {
            if (new CredentialProfileStoreChain().TryGetAWSCredentials(settings.Profile, out var fromProfile))
            {
                return fromProfile;
            }

            throw new ArgumentException(
                $"Configuring AWS credentials: profile '{settings.Profile}' was not found or has no usable " +
                "credentials in the shared config and credentials files.");
        }

        return null;
    }

    /// <summary>The region the clients will use, or null to leave it to the SDK's fallback at call time.</summary>
    public static string? ResolveRegion(AwsClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return NullIfEmpty(settings.Region)
            ?? ProfileRegion(settings.Profile)
            ?? NullIfEmpty(Environment.GetEnvironmentVariable("AWS_REGION"))
            ?? NullIfEmpty(Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION"))
            ?? (string.IsNullOrEmpty(settings.Profile)
                ? ProfileRegion(NullIfEmpty(Environment.GetEnvironmentVariable("AWS_PROFILE")) ?? "default")
                : null);
    }

    /// <summary>AWSSDK.Core validates the config in the client constructor; say what to set when it fails.</summary>
    private static T Construct<T>(Func<T> create)
    {
        try
        {
            return create();
        }
        catch (AmazonClientException e) when (e.Message.Contains("RegionEndpoint", StringComparison.Ordinal))
        {
            throw new AmazonClientException(
                "Configuring AWS: no region found. Set the provider's region, AWS_REGION, or a region in the AWS profile.", e);
        }
    }

    private static void Configure(ClientConfig config, AwsClientSettings settings, string? endpoint)
    {
        // Order matters: the RegionEndpoint setter clears ServiceURL, and setting ServiceURL clears
        // RegionEndpoint. AuthenticationRegion keeps the signing region in both cases.
        var region = ResolveRegion(settings);
        if (region is not null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
            config.AuthenticationRegion = region;
        }

        if (!string.IsNullOrEmpty(endpoint))
        {
            if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
            {
                throw new ArgumentException($"Configuring AWS endpoints: '{endpoint}' is not an absolute http(s) URL.");
            }

            config.ServiceURL = endpoint;
        }

        // Each client paces its own service: throttling slows the whole client down instead of every call retrying.
        config.HttpClientFactory = new Runtime.PacedHttpClientFactory(new Runtime.AdaptivePacer(TimeProvider.System));

        if (settings.MaxRetries is { } retries)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(retries, nameof(settings.MaxRetries));
            config.MaxErrorRetry = retries;
        }
    }

    private static string? ProfileRegion(string? profile) =>
        !string.IsNullOrEmpty(profile)
        && new CredentialProfileStoreChain().TryGetProfile(profile, out var found)
        && found.Region is not null
            ? found.Region.SystemName
            : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
