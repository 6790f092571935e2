using System.Net;
using Amazon.Runtime;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>
/// Base of the EKS errors whose body names the resource involved (clusterName, nodegroupName,
/// addonName) [botocore eks-2017-11-01]; the concrete types add the members only they model.
/// </summary>
public abstract class EksResourceException : AmazonEKSException
{
    private protected EksResourceException(string message) : base(message) { }

    private protected EksResourceException(string message, Exception? innerException) : base(message, innerException) { }

    private protected EksResourceException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    /// <summary>The error body's clusterName member.</summary>
    public string? ClusterName { get; set; }

    /// <summary>The error body's nodegroupName member.</summary>
    public string? NodegroupName { get; set; }

    /// <summary>The error body's addonName member.</summary>
    public string? AddonName { get; set; }

    /// <summary>Fills the members every resource error shares from the error body.</summary>
    internal void ReadResourceMembers(ServiceError error)
    {
        ClusterName = error.Member("clusterName");
        NodegroupName = error.Member("nodegroupName");
        AddonName = error.Member("addonName");
    }
}
