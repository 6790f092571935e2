using Amazon.Util.Internal;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS;

/// <summary>
/// Configuration for <see cref="AmazonEKSClient"/>, named like the official <c>Amazon.EKS.AmazonEKSConfig</c>.
/// ServiceId "EKS" is what AWSSDK.Core uses to look up AWS_ENDPOINT_URL_EKS and the profile's
/// <c>services</c> section [botocore eks-2017-11-01 metadata].
/// </summary>
public sealed class AmazonEKSConfig : RestJsonServiceConfig
{
    public const string ServiceIdValue = "EKS";

    public AmazonEKSConfig()
        : base(ServiceIdValue, "eks")
    {
    }

    public override string RegionEndpointServiceName => "eks";

    public override string ServiceVersion => "2017-11-01";

    public override string UserAgent { get; } = InternalSDKUtils.BuildUserAgentString(ServiceIdValue, "awsidentity");
}
