using Amazon.Runtime;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS.Model.Internal;

/// <summary>
/// Maps EKS error codes to typed exceptions, for every operation (the modelled errors of
/// [botocore eks-2017-11-01]); an unknown code becomes the base <see cref="AmazonEKSException"/>.
/// </summary>
internal sealed class EKSErrorFactory : IServiceErrorFactory
{
    public static EKSErrorFactory Instance { get; } = new();

    public AmazonServiceException Create(ServiceError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var (message, inner, type, code, requestId, status) =
            (error.Message, error.InnerException, error.Type, error.Code, error.RequestId, error.StatusCode);
        return code switch
        {
            "InvalidParameterException" => WithResource(
                new InvalidParameterException(message, inner, type, code, requestId, status)
                {
                    FargateProfileName = error.Member("fargateProfileName"),
                    SubscriptionId = error.Member("subscriptionId"),
                },
                error),
            "InvalidRequestException" => WithResource(
                new InvalidRequestException(message, inner, type, code, requestId, status) { SubscriptionId = error.Member("subscriptionId") },
                error),
            "ClientException" => WithResource(
                new ClientException(message, inner, type, code, requestId, status) { SubscriptionId = error.Member("subscriptionId") },
                error),
            "ServerException" => WithResource(
                new ServerException(message, inner, type, code, requestId, status) { SubscriptionId = error.Member("subscriptionId") },
                error),
            "ResourceInUseException" => WithResource(
                new ResourceInUseException(message, inner, type, code, requestId, status),
                error),
            "ResourceNotFoundException" => WithResource(
                new ResourceNotFoundException(message, inner, type, code, requestId, status)
                {
                    FargateProfileName = error.Member("fargateProfileName"),
                    SubscriptionId = error.Member("subscriptionId"),
                },
                error),
            "ThrottlingException" => new ThrottlingException(message, inner, type, code, requestId, status)
            {
                ClusterName = error.Member("clusterName"),
            },
            "ServiceUnavailableException" => new ServiceUnavailableException(message, inner, type, code, requestId, status),
            "BadRequestException" => new BadRequestException(message, inner, type, code, requestId, status),
            "NotFoundException" => new NotFoundException(message, inner, type, code, requestId, status),
            "AccessDeniedException" => new AccessDeniedException(message, inner, type, code, requestId, status),
            _ => new AmazonEKSException(message, inner, type, code, requestId, status),
        };
    }

    private static EksResourceException WithResource(EksResourceException exception, ServiceError error)
    {
        exception.ReadResourceMembers(error);
        return exception;
    }
}
