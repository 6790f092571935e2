using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions;

/// <summary>
/// Base of every License Manager User Subscriptions service error, like the official
/// <c>Amazon.LicenseManagerUserSubscriptions.AmazonLicenseManagerUserSubscriptionsException</c>.
/// </summary>
public class AmazonLicenseManagerUserSubscriptionsException : AmazonServiceException
{
    public AmazonLicenseManagerUserSubscriptionsException(string message) : base(message) { }

    public AmazonLicenseManagerUserSubscriptionsException(string message, Exception? innerException) : base(message, innerException) { }

    public AmazonLicenseManagerUserSubscriptionsException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}
