using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>BadRequestException (modelled HTTP 400) [botocore eks-2017-11-01].</summary>
public sealed class BadRequestException : AmazonEKSException
{
    public BadRequestException(string message) : base(message) { }

    public BadRequestException(string message, Exception? innerException) : base(message, innerException) { }

    public BadRequestException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}
