using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace AwsIdentity.Aws.Runtime;

/// <summary>
/// Base of our client configs: the standard defaults, the service id AWSSDK.Core keys endpoint
/// overrides on, SigV4 signing name and the regional endpoint rules shared by every service.
/// </summary>
public abstract class RestJsonServiceConfig : ClientConfig
{
    private protected RestJsonServiceConfig(string serviceId, string signingName)
        : base(StandardDefaults.CreateProvider())
    {
        ServiceId = serviceId;
        AuthenticationServiceName = signingName;
        EndpointProvider = new RegionalEndpointProvider(signingName);
    }

    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters)
    {
        var region = parameters?.AlternateEndpoint?.SystemName ?? RegionEndpoint?.SystemName ?? AuthenticationRegion;
        return EndpointProvider.ResolveEndpoint(RegionalEndpointProvider.Parameters(region, ServiceURL));
    }
}
