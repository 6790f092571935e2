using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>AccessDeniedException (modelled HTTP 403) [botocore eks-2017-11-01].</summary>
public sealed class AccessDeniedException : AmazonEKSException
{
    public AccessDeniedException(string message) : base(message) { }

    public AccessDeniedException(string message, Exception? innerException) : base(message, innerException) { }

    public AccessDeniedException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}
