using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>ClientException (modelled HTTP 400) [botocore eks-2017-11-01].</summary>
public sealed class ClientException : EksResourceException
{
    public ClientException(string message) : base(message) { }

    public ClientException(string message, Exception? innerException) : base(message, innerException) { }

    public ClientException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    /// <summary>The error body's subscriptionId member.</summary>
    public string? SubscriptionId { get; set; }
}
