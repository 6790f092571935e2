using AwsIdentity.Aws.Runtime;
using Eks = AwsIdentity.Aws.EKS.Model.Internal;
using Lmus = AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

namespace AwsIdentity.Aws.Tests.Runtime;

public sealed class PacingLaneTests
{
    [Fact]
    public void Operations_ThatOnlyLook_WaitInTheReadLane()
    {
        Assert.Equal(PacingLane.Read, Eks.DescribeClusterOperation.Instance.Lane);
        Assert.Equal(PacingLane.Read, Eks.DescribeUpdateOperation.Instance.Lane);
        Assert.Equal(PacingLane.Read, Eks.ListIdentityProviderConfigsOperation.Instance.Lane);
        Assert.Equal(PacingLane.Read, Lmus.ListUserAssociationsOperation.Instance.Lane);
        Assert.Equal(PacingLane.Read, Lmus.ListTagsForResourceOperation.Instance.Lane);
    }

    [Fact]
    public void Operations_ThatChangeSomething_WaitInTheChangeLane()
    {
        Assert.Equal(PacingLane.Change, Eks.AssociateIdentityProviderConfigOperation.Instance.Lane);
        Assert.Equal(PacingLane.Change, Eks.DisassociateIdentityProviderConfigOperation.Instance.Lane);
        Assert.Equal(PacingLane.Change, Eks.TagResourceOperation.Instance.Lane);
        Assert.Equal(PacingLane.Change, Lmus.AssociateUserOperation.Instance.Lane);
        Assert.Equal(PacingLane.Change, Lmus.DisassociateUserOperation.Instance.Lane);
        Assert.Equal(PacingLane.Change, Lmus.UntagResourceOperation.Instance.Lane);
    }
}
