using Amazon.Runtime;

namespace AwsIdentity.Aws.Runtime;

/// <summary>Maps an AWS error code to the service's exception type (one switch per service).</summary>
internal interface IServiceErrorFactory
{
    AmazonServiceException Create(ServiceError error);
}
