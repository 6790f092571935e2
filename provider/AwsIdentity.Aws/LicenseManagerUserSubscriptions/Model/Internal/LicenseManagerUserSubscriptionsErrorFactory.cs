using Amazon.Runtime;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>
/// Maps LicenseManagerUserSubscriptions error codes to typed exceptions, for every operation (the modelled errors of
/// [botocore license-manager-user-subscriptions-2018-05-10]); an unknown code becomes the base <see cref="AmazonLicenseManagerUserSubscriptionsException"/>.
/// </summary>
internal sealed class LicenseManagerUserSubscriptionsErrorFactory : IServiceErrorFactory
{
    public static LicenseManagerUserSubscriptionsErrorFactory Instance { get; } = new();

    public AmazonServiceException Create(ServiceError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var (message, inner, type, code, requestId, status) =
            (error.Message, error.InnerException, error.Type, error.Code, error.RequestId, error.StatusCode);
        return code switch
        {
            "ConflictException" => new ConflictException(message, inner, type, code, requestId, status),
            "ThrottlingException" => new ThrottlingException(message, inner, type, code, requestId, status),
            "ServiceQuotaExceededException" => new ServiceQuotaExceededException(message, inner, type, code, requestId, status),
            "ResourceNotFoundException" => new ResourceNotFoundException(message, inner, type, code, requestId, status),
            "ValidationException" => new ValidationException(message, inner, type, code, requestId, status),
            "AccessDeniedException" => new AccessDeniedException(message, inner, type, code, requestId, status),
            "InternalServerException" => new InternalServerException(message, inner, type, code, requestId, status),
            _ => new AmazonLicenseManagerUserSubscriptionsException(message, inner, type, code, requestId, status),
        };
    }
}
