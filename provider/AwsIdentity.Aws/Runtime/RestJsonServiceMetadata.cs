using Amazon.Runtime.Internal;

namespace AwsIdentity.Aws.Runtime;

/// <summary>Service metadata the pipeline reads (service id for metrics and user agent).</summary>
internal sealed class RestJsonServiceMetadata(string serviceId) : IServiceMetadata
{
    public string ServiceId { get; } = serviceId;

    public IDictionary<string, string> OperationNameMapping { get; } = new Dictionary<string, string>();
}
