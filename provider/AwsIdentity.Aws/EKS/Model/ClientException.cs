using System.Net;
using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>ClientException (modelled HTTP 400) [botocore eks-2017-11-01].</summary>
public sealed class ClientException : AmazonEKSException
{
    public ClientException(string message)
        : base(message)
    {
    }

    public ClientException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public ClientException(
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

    /// <summary>The error body's subscriptionId member.</summary>
    public string? SubscriptionId { get; set; }
}
