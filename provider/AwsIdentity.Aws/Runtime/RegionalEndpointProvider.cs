using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace AwsIdentity.Aws.Runtime;

/// <summary>
/// The endpoint rule both our services need: the configured URL if any, else
/// https://{prefix}.{region}.amazonaws.com (amazonaws.com.cn in the China regions).
/// Dual-stack and FIPS variants are out of scope for this provider.
/// </summary>
internal sealed class RegionalEndpointProvider(string endpointPrefix) : IEndpointProvider
{
    public const string RegionKey = "Region";
    public const string EndpointKey = "Endpoint";

    public string EndpointPrefix { get; } = endpointPrefix;

    public Endpoint ResolveEndpoint(EndpointParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters[EndpointKey] is string url && url.Length > 0)
        {
            return new Endpoint(url);
        }

        if (parameters[RegionKey] is string region && region.Length > 0)
        {
            var suffix = region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
            return new Endpoint($"https://{EndpointPrefix}.{region}.{suffix}");
        }

        throw new AmazonClientException(
            $"Resolving the {EndpointPrefix} endpoint: no region is configured. " +
            "Set the provider's region, AWS_REGION, or a region in the AWS profile.");
    }

    public static EndpointParameters Parameters(string? region, string? endpoint)
    {
        var parameters = new EndpointParameters();
        parameters[RegionKey] = region;
        parameters[EndpointKey] = endpoint;
        return parameters;
    }
}
