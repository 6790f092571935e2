using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;
using static AwsIdentity.Tests.Support.Validation;

namespace AwsIdentity.Tests.Resources.LicenseManager;

/// <summary>ProductSubscription inputs and ids: located failures, and id parts that cannot hold ':'.</summary>
public sealed class ProductSubscriptionValidationTests
{
    private static readonly RecordShape<ProductSubscriptionArgs> Shape = ProductSubscriptionArgs.Shape;

    private static ObjectValue Complete() => Obj(
        ("username", S("alice")),
        ("identityProvider", Samples.IdentityProvider()),
        ("product", S("OFFICE_PROFESSIONAL_PLUS")),
        ("domain", S("corp.example.com")),
        ("tags", Map(("team", "desktops"))));

    private static ObjectValue With(string path, PropertyValue? value)
    {
        Assert.True(PropertyPathParser.TryParse(path, out var parsed));
        return (ObjectValue)Complete().WithValueAt(parsed, value);
    }

    [Fact]
    public void Check_CompleteInputs_Pass() => Assert.Empty(Check(Shape, Complete()));

    [Fact]
    public void Check_MinimalInputs_Pass()
    {
        var provider = Obj(("activeDirectoryIdentityProvider", Obj(("directoryId", S("d-1234567890")))));
        Assert.Empty(Check(Shape, Obj(("username", S("a")), ("identityProvider", provider), ("product", S("VISUAL_STUDIO_ENTERPRISE")))));
    }

    [Theory]
    [InlineData("username")]
    [InlineData("identityProvider")]
    [InlineData("product")]
    public void Check_MissingRequiredInput_FailsAtItsPath(string name) =>
        Assert.Contains("missing required", SingleAt(Shape, With(name, null), name).Reason);

    [Theory]
    [InlineData("username", "corp:alice")]
    [InlineData("product", "VISUAL:STUDIO")]
    public void Check_IdPartWithColon_FailsAtItsPath(string name, string value) =>
        Assert.Contains("':'", SingleAt(Shape, With(name, S(value)), name).Reason);

    [Theory]
    [InlineData("username", 256, true)]
    [InlineData("username", 257, false)]
    [InlineData("username", 0, false)]
    [InlineData("product", 0, false)]
    [InlineData("product", 1, true)]
    public void Check_Lengths(string name, int length, bool valid) =>
        Assert.Equal(valid, Check(Shape, With(name, S(new string('U', length)))).Count == 0);

    [Theory]
    [InlineData("REMOTE_DESKTOP_SERVICES")]
    [InlineData("A_PRODUCT_AWS_ADDS_LATER")]
    public void Check_AnyProductName_IsLeftForAwsToJudge(string product) => Assert.Empty(Check(Shape, With("product", S(product))));

    [Theory]
    [InlineData("under_score.com")]
    [InlineData("corp..example.com")]
    public void Check_BadDomain_FailsAtDomain(string domain) => SingleAt(Shape, With("domain", S(domain)), "domain");

    [Fact]
    public void Check_BadDirectoryId_FailsAtItsPath() =>
        SingleAt(Shape, With("identityProvider.activeDirectoryIdentityProvider.directoryId", S("d-12")),
            "identityProvider.activeDirectoryIdentityProvider.directoryId");

    [Fact]
    public void Check_TagsOverTheLimitWithDefaultTags_FailsAtTags()
    {
        var handler = Handlers.Subscription(Handlers.WithDefaultTags([.. Enumerable.Range(0, 40).Select(i => ($"d{i}", "v"))]));
        var failure = Assert.Single(handler.Check(new CheckRequest(ObjectValue.Empty, With("tags", Map(10, i => $"t{i}", _ => "v")))).Failures);
        Assert.Equal("tags", failure.Path.ToString());
    }

    [Theory]
    [InlineData("d-1234567890:VISUAL_STUDIO_PROFESSIONAL:alice", "d-1234567890", "VISUAL_STUDIO_PROFESSIONAL", "alice", null)]
    [InlineData("d-1234567890:OFFICE_PROFESSIONAL_PLUS:bob:corp.example.com", "d-1234567890", "OFFICE_PROFESSIONAL_PLUS", "bob", "corp.example.com")]
    public void Id_ParsesAndPrintsBack(string text, string directory, string product, string user, string? domain)
    {
        var id = ProductSubscriptionId.Parse(text);
        Assert.Equal(new ProductSubscriptionId(directory, product, user, domain), id);
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData("d-1234567890:VISUAL_STUDIO_PROFESSIONAL")]
    [InlineData("d-1234567890:VISUAL_STUDIO_PROFESSIONAL:alice:corp.example.com:extra")]
    [InlineData("d-1234567890::alice")]
    public void Id_WrongForm_SaysTheExpectedForm(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => ProductSubscriptionId.Parse(text));
        Assert.Contains("\"<directoryId>:<product>:<username>\" or \"<directoryId>:<product>:<username>:<domain>\"", e.Message);
    }

    [Fact]
    public void Id_OfInputs_LeavesOutAnAbsentDomain()
    {
        var args = ProductSubscriptionArgs.Shape.Decode(Complete().Without("domain"));
        Assert.Equal("d-1234567890:OFFICE_PROFESSIONAL_PLUS:alice", ProductSubscriptionId.Of(args).ToString());
    }
}
