using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>InternalServerException (modelled HTTP 500) [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class InternalServerException : AmazonLicenseManagerUserSubscriptionsException
{
    public InternalServerException(string message) : base(message) { }

    public InternalServerException(string message, Exception? innerException) : base(message, innerException) { }

    public InternalServerException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}
