using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>ResourceNotFoundException (modelled HTTP 404) [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class ResourceNotFoundException : AmazonLicenseManagerUserSubscriptionsException
{
    public ResourceNotFoundException(string message) : base(message) { }

    public ResourceNotFoundException(string message, Exception? innerException) : base(message, innerException) { }

    public ResourceNotFoundException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}
