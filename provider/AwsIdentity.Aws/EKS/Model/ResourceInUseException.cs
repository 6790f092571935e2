using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>ResourceInUseException (modelled HTTP 409) [botocore eks-2017-11-01].</summary>
public sealed class ResourceInUseException : AmazonEKSException
{
    public ResourceInUseException(string message)
        : base(message)
    {
    }

    public ResourceInUseException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public ResourceInUseException(
        string message,
        Exception? innerException,
        ErrorType errorType,
        string? errorCode,
        string? requestId,
        HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode)
    {
    }

    /// <summary>The error body's clusterName member.</summary>
    public string? ClusterName { get; set; }

    /// <summary>The error body's nodegroupName member.</summary>
    public string? NodegroupName { get; set; }

    /// <summary>The error body's addonName member.</summary>
    public string? AddonName { get; set; }
}
