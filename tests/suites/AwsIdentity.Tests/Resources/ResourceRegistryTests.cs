using AwsIdentity.Core.Config;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Resources.LicenseManager;
using Moq;

using AwsIdentity.Tests.Support;

namespace AwsIdentity.Tests.Resources;

public sealed class ResourceRegistryTests
{
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
