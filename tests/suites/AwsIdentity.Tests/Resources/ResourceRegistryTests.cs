using AwsIdentity.Core.Config;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Resources.LicenseManager;
using Moq;

using AwsIdentity.Tests.Support;

namespace AwsIdentity.Tests.Resources;

public sealed class ResourceRegistryTests
{
    [Theory]
    [InlineData("urn:pulumi:dev::proj::awsidentity:eks:IdentityProviderConfig::oidc", "awsidentity:eks:IdentityProviderConfig")]
    [InlineData("urn:pulumi:dev::proj::my:index:Stack$awsidentity:licensemanager:UserAssociation::alice", "awsidentity:licensemanager:UserAssociation")]
    [InlineData("urn:pulumi:dev::proj::pulumi:pulumi:Stack$my:x:Comp$awsidentity:eks:IdentityProviderConfig::n", "awsidentity:eks:IdentityProviderConfig")]
    [InlineData("urn:pulumi:dev::proj::pulumi:providers:awsidentity::default_0_1_0", "pulumi:providers:awsidentity")]
    [InlineData("urn:pulumi:dev::proj::awsidentity:eks:IdentityProviderConfig::name::with::colons", "awsidentity:eks:IdentityProviderConfig")]
    [InlineData("urn:pulumi:dev::proj::awsidentity:eks:IdentityProviderConfig::a$b", "awsidentity:eks:IdentityProviderConfig")]
    [InlineData("not-a-urn", "")]
    [InlineData("urn:pulumi:dev::proj", "")]
    [InlineData("", "")]
    public void TypeOfUrn_Urn_GivesTypeToken(string urn, string expected) => Assert.Equal(expected, ResourceRegistry.TypeOfUrn(urn));

    [Fact]
    public void TryGet_RegisteredToken_FindsHandler()
    {
        var context = new ProviderContext();
        var eks = Handlers.Eks(context);
        var registry = new ResourceRegistry([Handlers.User(context), eks]);
        Assert.True(registry.TryGet("awsidentity:eks:IdentityProviderConfig", out var found));
        Assert.Same(eks, found);
        Assert.False(registry.TryGet("awsidentity:eks:identityProviderConfig", out _));
        Assert.Equal("awsidentity:eks:IdentityProviderConfig, awsidentity:licensemanager:UserAssociation", registry.KnownTokens);
        Assert.Equal(["awsidentity:eks:IdentityProviderConfig", "awsidentity:licensemanager:UserAssociation"], registry.All.Select(h => h.Token));
    }

    [Fact]
    public void Constructor_DuplicateTokens_Throws()
    {
        var a = new Mock<IResourceHandler>();
        a.SetupGet(h => h.Token).Returns("x:y:Z");
        Assert.Throws<ArgumentException>(() => new ResourceRegistry([a.Object, a.Object]));
    }
}
