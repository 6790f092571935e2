using AwsIdentity.Pulumi.Eks;
using AwsIdentity.Pulumi.LicenseManager;

namespace AwsIdentity.PulumiSdk.Tests;

/// <summary>Get(name, id) reads an existing object by the id `pulumi import` takes; nothing is registered.</summary>
public sealed class GetTests
{
    [Fact]
    public async Task IdentityProviderConfig_Get_ReadsByImportId()
    {
        var (read, mocks) = await PulumiRun.OneAsync(() => IdentityProviderConfig.Get("existing", "platform-eks:corp-sso"));

        var call = mocks.Single(SdkMocks.OidcToken, "existing");
        Assert.Equal("platform-eks:corp-sso", call.Id);
        Assert.Empty(call.Inputs);
        Assert.Equal("arn:aws:eks:us-east-1:123456789012:identityproviderconfig/platform-eks/oidc/corp-sso/1", await PulumiRun.ValueAsync(read.Arn));
        Assert.Equal("https://imported.example.com", (await PulumiRun.ValueAsync(read.Oidc)).IssuerUrl);
        Assert.Equal("platform-eks:corp-sso", await PulumiRun.ValueAsync(read.Id));
    }

    [Fact]
    public async Task UserAssociation_Get_ReadsByImportId()
    {
        var (read, mocks) = await PulumiRun.OneAsync(() => UserAssociation.Get("existing", "i-0123456789abcdef0:d-1234567890:bob"));

        Assert.Equal("i-0123456789abcdef0:d-1234567890:bob", mocks.Single(SdkMocks.UserToken, "existing").Id);
        Assert.Equal(("bob", "ASSOCIATED"), (await PulumiRun.ValueAsync(read.Username), await PulumiRun.ValueAsync(read.Status)));
        Assert.Equal("d-1234567890", (await PulumiRun.ValueAsync(read.IdentityProvider)).ActiveDirectoryIdentityProvider.DirectoryId);
    }
}
