using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS;

/// <summary>
/// Base of every EKS service error, like the official <c>Amazon.EKS.AmazonEKSException</c>. Error codes
/// without a dedicated type arrive as this class with <see cref="AmazonServiceException.ErrorCode"/> set.
/// </summary>
public class AmazonEKSException : AmazonServiceException
{
    public AmazonEKSException(string message) : base(message) { }

    public AmazonEKSException(string message, Exception? innerException) : base(message, innerException) { }

    public AmazonEKSException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}
