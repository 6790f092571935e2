using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Base of the EKS request classes, as in the official package.</summary>
public abstract class AmazonEKSRequest : AmazonWebServiceRequest
{
}
