using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>ApplyLog reads the order of terraform's per-resource lines: a type may begin only once every resource of
/// the type before it has ended, and a type that never logged counts as out of order.</summary>
public sealed class ApplyLogTests
{
    private static readonly string[] Types = ["a_reg", "a_sub"];

    [Theory]
    [InlineData("a_reg.x: Creating...\na_reg.y: Creating...\na_reg.x: Creation complete after 1s [id=1]\na_reg.y: Creation complete after 1s [id=2]\na_sub.z: Creating...\n", true)]
    [InlineData("a_reg.x: Creating...\na_reg.y: Creating...\na_reg.x: Creation complete after 1s [id=1]\na_sub.z: Creating...\na_reg.y: Creation complete after 1s [id=2]\n", false)]
    [InlineData("a_sub.z: Creating...\na_sub.z: Creation complete after 1s [id=3]\n", false)]
    [InlineData("a_reg.x: Creating...\na_reg.x: Creation complete after 1s [id=1]\n", false)]
    public void OutOfOrder_IsNullOnlyWhenEveryResourceOfATypeEndedBeforeTheNextTypeBegan(string stdout, bool inOrder)
    {
        var error = ApplyLog.OutOfOrder(stdout, ApplyLog.Creating, ApplyLog.Created, Types);

        Assert.Equal(inOrder, error is null);
        if (!inOrder) Assert.Contains("a_sub", error);
    }

    // Two users' chains: Alice's association may begin while Bob's subscription is still being made.
    private const string Interleaved = "a_sub.alice: Creating...\na_sub.bob: Creating...\na_sub.alice: Creation complete after 1s [id=1]\n" +
        "a_assoc.alice: Creating...\na_sub.bob: Creation complete after 2s [id=2]\na_assoc.bob: Creating...\n";

    [Fact]
    public void OutOfOrder_ByAddressPairs_FollowsEachChain()
    {
        Assert.Null(ApplyLog.OutOfOrder(Interleaved, ApplyLog.Creating, ApplyLog.Created, [("a_sub.alice", "a_assoc.alice"), ("a_sub.bob", "a_assoc.bob")]));
        Assert.NotNull(ApplyLog.OutOfOrder(Interleaved, ApplyLog.Creating, ApplyLog.Created, ["a_sub", "a_assoc"]));
        var crossed = ApplyLog.OutOfOrder(Interleaved, ApplyLog.Creating, ApplyLog.Created, [("a_sub.bob", "a_assoc.alice")]);
        Assert.Contains("a_assoc.alice", crossed);
    }
}
