using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace AwsIdentity.Aws.Runtime;

/// <summary>
/// Pipeline handler that feeds <see cref="RegionalEndpointProvider"/>, in the place where a generated
/// client puts its service-specific endpoint resolver.
/// </summary>
internal sealed class RegionalEndpointResolver : BaseEndpointResolver
{
    protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext)
    {
        var config = requestContext.ClientConfig;
        var region = requestContext.Request.AlternateEndpoint?.SystemName
            ?? config.RegionEndpoint?.SystemName
            ?? NullIfEmpty(config.AuthenticationRegion);
        return RegionalEndpointProvider.Parameters(region, NullIfEmpty(config.ServiceURL));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
