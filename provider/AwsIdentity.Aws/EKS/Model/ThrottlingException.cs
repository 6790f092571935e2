using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>ThrottlingException (modelled HTTP 429) [botocore eks-2017-11-01].</summary>
public sealed class ThrottlingException : AmazonEKSException
{
    public ThrottlingException(string message) : base(message) { }

    public ThrottlingException(string message, Exception? innerException) : base(message, innerException) { }

    public ThrottlingException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    /// <summary>Marks the error as throttling for AWSSDK.Core's retry policy, whatever the status code.</summary>
    public override RetryableDetails Retryable { get; } = new(throttling: true);

    /// <summary>The error body's clusterName member.</summary>
    public string? ClusterName { get; set; }
}
