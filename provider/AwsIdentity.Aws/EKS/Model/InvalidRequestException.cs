using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>InvalidRequestException (modelled HTTP 400) [botocore eks-2017-11-01].</summary>
public sealed class InvalidRequestException : EksResourceException
{
    public InvalidRequestException(string message) : base(message) { }

    public InvalidRequestException(string message, Exception? innerException) : base(message, innerException) { }

    public InvalidRequestException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    /// <summary>The error body's subscriptionId member.</summary>
    public string? SubscriptionId { get; set; }
}
