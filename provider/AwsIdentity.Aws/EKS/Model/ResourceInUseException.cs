using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>ResourceInUseException (modelled HTTP 409) [botocore eks-2017-11-01].</summary>
public sealed class ResourceInUseException : EksResourceException
{
    public ResourceInUseException(string message) : base(message) { }

    public ResourceInUseException(string message, Exception? innerException) : base(message, innerException) { }

    public ResourceInUseException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }
}
