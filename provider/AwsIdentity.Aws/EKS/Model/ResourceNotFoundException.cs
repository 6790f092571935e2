using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>ResourceNotFoundException (modelled HTTP 404) [botocore eks-2017-11-01].</summary>
public sealed class ResourceNotFoundException : EksResourceException
{
    public ResourceNotFoundException(string message) : base(message) { }

    public ResourceNotFoundException(string message, Exception? innerException) : base(message, innerException) { }

    public ResourceNotFoundException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    /// <summary>The error body's fargateProfileName member.</summary>
    public string? FargateProfileName { get; set; }

    /// <summary>The error body's subscriptionId member.</summary>
    public string? SubscriptionId { get; set; }
}
