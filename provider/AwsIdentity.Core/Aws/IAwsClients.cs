using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions;

namespace AwsIdentity.Core.Aws;

/// <summary>The AWS clients the resources use; a seam for Moq in unit tests.</summary>
public interface IAwsClients
{
    IAmazonEKS Eks { get; }
    IAmazonLicenseManagerUserSubscriptions Lmus { get; }

    /// <summary>The same clients in another region (same credentials, endpoints and retries; pacers of their own, as AWS
    /// limits each region apart).</summary>
    IAwsClients InRegion(string region);
}
