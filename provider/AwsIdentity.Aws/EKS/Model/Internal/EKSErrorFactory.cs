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
            "InvalidParameterException" => new InvalidParameterException(message, inner, type, code, requestId, status)
            {
                ClusterName = error.Member("clusterName"),
                NodegroupName = error.Member("nodegroupName"),
                FargateProfileName = error.Member("fargateProfileName"),
                AddonName = error.Member("addonName"),
                SubscriptionId = error.Member("subscriptionId"),
            },
            "InvalidRequestException" => new InvalidRequestException(message, inner, type, code, requestId, status)
            {
                ClusterName = error.Member("clusterName"),
                NodegroupName = error.Member("nodegroupName"),
                AddonName = error.Member("addonName"),
                SubscriptionId = error.Member("subscriptionId"),
            },
            "ClientException" => new ClientException(message, inner, type, code, requestId, status)
            {
                ClusterName = error.Member("clusterName"),
                NodegroupName = error.Member("nodegroupName"),
                AddonName = error.Member("addonName"),
                SubscriptionId = error.Member("subscriptionId"),
            },
            "ServerException" => new ServerException(message, inner, type, code, requestId, status)
            {
                ClusterName = error.Member("clusterName"),
                NodegroupName = error.Member("nodegroupName"),
                AddonName = error.Member("addonName"),
                SubscriptionId = error.Member("subscriptionId"),
            },
            "ResourceInUseException" => new ResourceInUseException(message, inner, type, code, requestId, status)
            {
                ClusterName = error.Member("clusterName"),
                NodegroupName = error.Member("nodegroupName"),
                AddonName = error.Member("addonName"),
            },
            "ResourceNotFoundException" => new ResourceNotFoundException(message, inner, type, code, requestId, status)
            {
                ClusterName = error.Member("clusterName"),
                NodegroupName = error.Member("nodegroupName"),
                FargateProfileName = error.Member("fargateProfileName"),
                AddonName = error.Member("addonName"),
                SubscriptionId = error.Member("subscriptionId"),
            },
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
}
