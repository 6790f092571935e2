using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>NotFoundException (modelled HTTP 404) [botocore eks-2017-11-01].</summary>
public sealed class NotFoundException : AmazonEKSException
{
    public NotFoundException(string message) : base(message) { }

    public NotFoundException(string message, Exception? innerException) : base(message, innerException) { }

    public NotFoundException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}
