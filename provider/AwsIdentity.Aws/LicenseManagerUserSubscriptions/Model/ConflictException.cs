using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>ConflictException (modelled HTTP 400) [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class ConflictException : AmazonLicenseManagerUserSubscriptionsException
{
    public ConflictException(string message) : base(message) { }

    public ConflictException(string message, Exception? innerException) : base(message, innerException) { }

    public ConflictException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}
