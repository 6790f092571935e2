using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;
using static AwsIdentity.Tests.Support.Validation;

namespace AwsIdentity.Tests.Model;

public sealed class TagRuleTests
{
    public static TheoryData<string> ShapesWithTags => ["eks", "user"];

    private static (Kind Shape, Core.Values.ObjectValue Inputs) Of(string which) => which == "eks"
        ? (IdentityProviderConfigArgs.Shape, Samples.EksInputs())
        : (UserAssociationArgs.Shape, Samples.UserInputs());

    [Theory]
    [MemberData(nameof(ShapesWithTags))]
    public void Check_FortyNineTagsWithMaximalKeysAndValues_Passes(string which)
    {
        var (shape, inputs) = Of(which);
        var tags = Map(49, i => $"{i:D3}".PadRight(128, 'k'), _ => new string('v', 256));
        Assert.Empty(Check(shape, inputs.With("tags", tags)));
        Assert.Empty(Check(shape, inputs.With("tags", Map(("empty-value", "")))));
    }

    [Theory]
    [MemberData(nameof(ShapesWithTags))]
    public void Check_FiftyTags_FailsAtTags_NamingTheOwnerMarker(string which)
    {
        // AWS allows 50; the ownership marker (Resources/Ownership.cs) is one of them.
        var (shape, inputs) = Of(which);
        var reason = SingleAt(shape, inputs.With("tags", Map(50, i => $"k{i}", _ => "v")), "tags").Reason;
        Assert.Contains("at most 49", reason);
        Assert.Contains("awsidentity:owner", reason);
    }

    [Fact]
    public void Check_OwnerMarkerKey_IsReserved() =>
        Assert.Contains("reserved", SingleAt(UserAssociationArgs.Shape,
            Samples.UserInputs().With("tags", Map(("awsidentity:owner", "mine"))), "tags[\"awsidentity:owner\"]").Reason);

    [Theory]
    [InlineData("aws:created-by", "reserved")]
    [InlineData("AWS:x", "reserved")]
    [InlineData("", "must not be empty")]
    public void Check_BadTagKey_FailsAtQuotedKey(string key, string reasonPart) =>
        Assert.Contains(reasonPart, SingleAt(IdentityProviderConfigArgs.Shape,
            Samples.EksInputs().With("tags", Map((key, "v"))), $"tags[\"{key}\"]").Reason);

    [Fact]
    public void Check_TagKey129_Fails()
    {
        var key = new string('k', 129);
        Assert.Contains("tag key must be at most 128", SingleAt(UserAssociationArgs.Shape,
            Samples.UserInputs().With("tags", Map((key, "v"))), $"tags.{key}").Reason);
    }

    [Fact]
    public void Check_TagValue257_Fails() =>
        SingleAt(UserAssociationArgs.Shape, Samples.UserInputs().With("tags", Map(("k", new string('v', 257)))), "tags.k");

    [Theory]
    [InlineData("awsome", true)]
    [InlineData("aws", true)]
    [InlineData("aws:", false)]
    public void TagKey_AwsPrefixOnlyWithColon(string key, bool valid) => Assert.Equal(valid, Rules.TagKey(key) is null);
}
