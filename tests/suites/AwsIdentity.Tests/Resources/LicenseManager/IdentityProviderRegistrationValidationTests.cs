using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.RegistrationScenario;
using static AwsIdentity.Tests.Support.V;
using static AwsIdentity.Tests.Support.Validation;

namespace AwsIdentity.Tests.Resources.LicenseManager;

public sealed class IdentityProviderRegistrationValidationTests
{
    private static readonly RecordShape<IdentityProviderRegistrationArgs> Shape = IdentityProviderRegistrationArgs.Shape;

    [Fact]
    public void Check_WithoutSettings_Passes() => Assert.Empty(Check(Shape, Inputs()));

    [Fact]
    public void Check_WithSettingsAndTags_Passes() => Assert.Empty(Check(Shape, Inputs(SettingsValue(), Map(("team", "a")))));

    [Theory]
    [InlineData("VISUAL_STUDIO_ENTERPRISE")]
    [InlineData("VISUAL_STUDIO_PROFESSIONAL")]
    [InlineData("OFFICE_PROFESSIONAL_PLUS")]
    [InlineData("REMOTE_DESKTOP_SERVICES")]
    [InlineData("A_PRODUCT_AWS_ADDS_LATER")]
    public void Check_Product_AnyNameWithoutColonPasses(string product) => Assert.Empty(Check(Shape, Inputs(product: product)));

    [Fact]
    public void Check_ProductWithColon_FailsAtProductNamingTheSeparator()
    {
        var failure = SingleAt(Shape, Inputs(product: "VISUAL:STUDIO"), "product");
        Assert.Equal("must not contain ':' (it separates the parts of the resource id)", failure.Reason);
    }

    [Fact]
    public void Check_EmptyProduct_Fails() => Assert.Equal("must not be empty", SingleAt(Shape, Inputs(product: ""), "product").Reason);

    [Fact]
    public void Check_MissingProductAndIdentityProvider_FailBoth() =>
        Assert.Equal(["identityProvider", "product"], Paths(Check(Shape, Obj())).Order());

    [Theory]
    [InlineData("sg-0123abcd")]
    [InlineData("sg-0123456789abcdef0")]
    public void Check_SecurityGroup_Passes(string group) => Assert.Empty(Check(Shape, Inputs(SettingsValue(group))));

    [Theory]
    [InlineData("sg-0123abc")]
    [InlineData("sg-0123ABCD")]
    [InlineData("sg-0123456789abcdef")]
    [InlineData("subnet-0123abcd")]
    public void Check_BadSecurityGroup_FailsAtItsPath(string group) =>
        Assert.Contains("must be a security group id", SingleAt(Shape, Inputs(SettingsValue(group)), "settings.securityGroupId").Reason);

    [Fact]
    public void Check_BadSubnet_FailsAtItsIndex() =>
        Assert.Contains("must be a subnet id", SingleAt(Shape, Inputs(SettingsValue(Group, SubnetA, "sub-1")), "settings.subnets[1]").Reason);

    [Fact]
    public void Check_NoSubnets_Fails() =>
        Assert.Equal("must hold at least one subnet id",
            SingleAt(Shape, Inputs(Obj(("subnets", Strings()), ("securityGroupId", S(Group)))), "settings.subnets").Reason);

    [Fact]
    public void Check_SettingsWithoutSecurityGroup_FailsAsMissing() =>
        SingleAt(Shape, Inputs(Obj(("subnets", Strings(SubnetA)))), "settings.securityGroupId");

    [Fact]
    public void Decode_Subnets_AreASetInOneOrder()
    {
        var args = Shape.Decode(Inputs(SettingsValue(Group, SubnetB, SubnetA, SubnetB)));
        Assert.Equal([SubnetA, SubnetB], args.Settings!.Subnets);
    }

    [Fact]
    public void Id_OfArgsAndParse_RoundTrip()
    {
        var args = Shape.Decode(Inputs());
        Assert.Equal(Id, IdentityProviderRegistrationId.Of(args).ToString());
        Assert.Equal(new IdentityProviderRegistrationId(DirectoryId, Product), IdentityProviderRegistrationId.Parse(Id));
    }

    [Theory]
    [InlineData("d-1234567890")]
    [InlineData("d-1234567890:VISUAL_STUDIO_ENTERPRISE:extra")]
    [InlineData(":VISUAL_STUDIO_ENTERPRISE")]
    public void Parse_BadId_SaysTheExpectedForm(string id)
    {
        var e = Assert.Throws<ArgumentException>(() => IdentityProviderRegistrationId.Parse(id));
        Assert.Equal($"invalid id \"{id}\" for {IdentityProviderRegistrationState.Token}: expected \"<directoryId>:<product>\", " +
            "for example \"d-1234567890:VISUAL_STUDIO_ENTERPRISE\"", e.Message);
    }

    [Fact]
    public async Task Read_BadImportId_FailsWithTheFormAndTouchesNoAws()
    {
        var s = new RegistrationScenario();
        var e = await Assert.ThrowsAsync<ArgumentException>(() => s.Read("d-1234567890"));
        Assert.Contains("expected \"<directoryId>:<product>\"", e.Message);
        s.F.Lmus.VerifyNoOtherCalls();
    }

    [Fact]
    public void Check_TooManyTagsWithDefaults_FailsAtTags()
    {
        var handler = new IdentityProviderRegistrationHandler(Handlers.WithDefaultTags(("owner", "desktops")), Handlers.Services());
        var tags = Map(CommonKinds.MaxTags, i => $"k{i}", i => "v");
        var result = handler.Check(new CheckRequest(Obj(), Inputs(tags: tags)));
        Assert.Equal(["tags"], Paths(result.Failures));
    }
}
