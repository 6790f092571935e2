using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS.Model.Internal;

/// <summary>The EKS service as the shared rest-json machinery sees it.</summary>
internal static class EKSService
{
    public static RestJsonService Definition { get; } =
        new("Amazon.EKS", "2017-11-01", EKSErrorFactory.Instance);
}
