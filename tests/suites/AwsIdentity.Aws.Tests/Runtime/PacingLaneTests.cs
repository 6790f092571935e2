using AwsIdentity.Aws.Runtime;
using Eks = AwsIdentity.Aws.EKS.Model.Internal;
using Lmus = AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

namespace AwsIdentity.Aws.Tests.Runtime;

public sealed class PacingLaneTests
{
    [Fact]
    public void Operations_ThatOnlyLook_WaitInTheReadLane_TheOthersInTheChangeLane()
    {
        (string Name, PacingLane Lane)[] operations =
        [
            (Eks.DescribeClusterOperation.Instance.Name, Eks.DescribeClusterOperation.Instance.Lane),
            (Eks.DescribeUpdateOperation.Instance.Name, Eks.DescribeUpdateOperation.Instance.Lane),
            (Eks.ListIdentityProviderConfigsOperation.Instance.Name, Eks.ListIdentityProviderConfigsOperation.Instance.Lane),
            (Eks.AssociateIdentityProviderConfigOperation.Instance.Name, Eks.AssociateIdentityProviderConfigOperation.Instance.Lane),
            (Eks.DisassociateIdentityProviderConfigOperation.Instance.Name, Eks.DisassociateIdentityProviderConfigOperation.Instance.Lane),
            (Eks.TagResourceOperation.Instance.Name, Eks.TagResourceOperation.Instance.Lane),
            (Lmus.ListUserAssociationsOperation.Instance.Name, Lmus.ListUserAssociationsOperation.Instance.Lane),
            (Lmus.ListTagsForResourceOperation.Instance.Name, Lmus.ListTagsForResourceOperation.Instance.Lane),
            (Lmus.AssociateUserOperation.Instance.Name, Lmus.AssociateUserOperation.Instance.Lane),
            (Lmus.DisassociateUserOperation.Instance.Name, Lmus.DisassociateUserOperation.Instance.Lane),
            (Lmus.UntagResourceOperation.Instance.Name, Lmus.UntagResourceOperation.Instance.Lane),
        ];

        Assert.Equal(
            ["DescribeCluster", "DescribeUpdate", "ListIdentityProviderConfigs", "ListTagsForResource", "ListUserAssociations"],
            operations.Where(o => o.Lane == PacingLane.Read).Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.Equal(6, operations.Count(o => o.Lane == PacingLane.Change));
    }
}
