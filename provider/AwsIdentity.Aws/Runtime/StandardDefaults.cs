using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace AwsIdentity.Aws.Runtime;

/// <summary>
/// The smart-defaults table every generated v4 client ships (aws/aws-sdk-net sdk-default-configuration.json):
/// all modes use the standard retry mode; they differ in connect timeouts only.
/// </summary>
internal static class StandardDefaults
{
    public static IDefaultConfigurationProvider CreateProvider() =>
        new DefaultConfigurationProvider(All);

    private static readonly IDefaultConfiguration[] All =
    [
        Mode(DefaultConfigurationMode.Standard, 3100),
        Mode(DefaultConfigurationMode.InRegion, 1100),
        Mode(DefaultConfigurationMode.CrossRegion, 3100),
        Mode(DefaultConfigurationMode.Mobile, 30000),
        Mode(DefaultConfigurationMode.Auto, 1100),
    ];

    private static DefaultConfiguration Mode(DefaultConfigurationMode name, int connectTimeoutMs) => new()
    {
        Name = name,
        RetryMode = RequestRetryMode.Standard,
        S3UsEast1RegionalEndpoint = S3UsEast1RegionalEndpointValue.Regional,
        ConnectTimeout = TimeSpan.FromMilliseconds(connectTimeoutMs),
        TlsNegotiationTimeout = TimeSpan.FromMilliseconds(connectTimeoutMs),
        TimeToFirstByteTimeout = null,
        HttpRequestTimeout = null,
    };
}
