using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>ServerException (modelled HTTP 500) [botocore eks-2017-11-01].</summary>
public sealed class ServerException : EksResourceException
{
    public ServerException(string message) : base(message) { }

    public ServerException(string message, Exception? innerException) : base(message, innerException) { }

    public ServerException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    /// <summary>The error body's subscriptionId member.</summary>
    public string? SubscriptionId { get; set; }
}
