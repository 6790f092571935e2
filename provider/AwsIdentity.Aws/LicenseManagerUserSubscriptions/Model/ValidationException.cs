using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>ValidationException (modelled HTTP 400) [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class ValidationException : AmazonLicenseManagerUserSubscriptionsException
{
    public ValidationException(string message) : base(message) { }

    public ValidationException(string message, Exception? innerException) : base(message, innerException) { }

    public ValidationException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}
