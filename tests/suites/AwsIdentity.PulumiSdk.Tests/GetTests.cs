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

    [Fact]
    public async Task ProductSubscription_Get_ReadsByImportId()
    {
        var (read, mocks) = await PulumiRun.OneAsync(() => ProductSubscription.Get("existing", "d-1234567890:VISUAL_STUDIO_ENTERPRISE:bob"));

        var call = mocks.Single(SdkMocks.SubscriptionToken, "existing");
        Assert.Equal("d-1234567890:VISUAL_STUDIO_ENTERPRISE:bob", call.Id);
        Assert.Empty(call.Inputs);
        Assert.Equal(("bob", "VISUAL_STUDIO_ENTERPRISE", "SUBSCRIBED"),
            (await PulumiRun.ValueAsync(read.Username), await PulumiRun.ValueAsync(read.Product), await PulumiRun.ValueAsync(read.Status)));
        Assert.Equal("d-1234567890", (await PulumiRun.ValueAsync(read.IdentityProvider)).ActiveDirectoryIdentityProvider.DirectoryId);
    }

    [Fact]
    public async Task IdentityProviderRegistration_Get_ReadsByImportId()
    {
        var (read, mocks) = await PulumiRun.OneAsync(() => IdentityProviderRegistration.Get("existing", "d-1234567890:OFFICE_PROFESSIONAL_PLUS"));

        Assert.Equal("d-1234567890:OFFICE_PROFESSIONAL_PLUS", mocks.Single(SdkMocks.RegistrationToken, "existing").Id);
        Assert.Equal(("OFFICE_PROFESSIONAL_PLUS", "REGISTERED"), (await PulumiRun.ValueAsync(read.Product), await PulumiRun.ValueAsync(read.Status)));
        // Settings AWS chose: a registration made without them still reads them back.
        Assert.Equal("sg-0aaaaaaaaaaaaaaaa", (await PulumiRun.ValueAsync(read.Settings))!.SecurityGroupId);
    }
}
