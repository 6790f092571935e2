using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>ServiceUnavailableException (modelled HTTP 503) [botocore eks-2017-11-01].</summary>
public sealed class ServiceUnavailableException : AmazonEKSException
{
    public ServiceUnavailableException(string message) : base(message) { }

    public ServiceUnavailableException(string message, Exception? innerException) : base(message, innerException) { }

    public ServiceUnavailableException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}
