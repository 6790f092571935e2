using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>ThrottlingException (modelled HTTP 400) [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class ThrottlingException : AmazonLicenseManagerUserSubscriptionsException
{
    public ThrottlingException(string message) : base(message) { }

    public ThrottlingException(string message, Exception? innerException) : base(message, innerException) { }

    public ThrottlingException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    /// <summary>Marks the error as throttling for AWSSDK.Core's retry policy, whatever the status code.</summary>
    public override RetryableDetails Retryable { get; } = new(throttling: true);
}
