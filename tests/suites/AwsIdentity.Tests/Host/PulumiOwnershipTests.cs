using AwsIdentity.Provider.Host;

namespace AwsIdentity.Tests.Host;

public sealed class PulumiOwnershipTests
{
    [Fact]
    public void Marker_IsTheHexSha256OfTheUrn()
    {
        // FIPS 180-2 test vector: SHA-256("abc").
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", PulumiOwnership.Marker("abc"));
    }

    [Fact]
    public void Marker_DiffersBetweenStacks_AndIsStableForOneResource()
    {
        const string dev = "urn:pulumi:dev::app::awsidentity:licensemanager:UserAssociation::alice";
        const string prod = "urn:pulumi:prod::app::awsidentity:licensemanager:UserAssociation::alice";
        Assert.NotEqual(PulumiOwnership.Marker(dev), PulumiOwnership.Marker(prod));
        Assert.Equal(PulumiOwnership.Marker(dev), PulumiOwnership.Marker(string.Concat("urn:pulumi:dev::app::", "awsidentity:licensemanager:UserAssociation::alice")));
    }

    [Theory]
    [InlineData("urn:pulumi:dev::app::awsidentity:eks:IdentityProviderConfig::sso", "pulumi import awsidentity:eks:IdentityProviderConfig sso")]
    [InlineData("urn:pulumi:dev::app::my:index:Team$awsidentity:eks:IdentityProviderConfig::team-sso", "pulumi import awsidentity:eks:IdentityProviderConfig team-sso")]
    [InlineData("no-separators", "pulumi import awsidentity:eks:IdentityProviderConfig no-separators")]
    public void ImportCommand_TakesTheNameFromTheUrnsLastPart(string urn, string expected) =>
        Assert.Equal(expected, PulumiOwnership.ImportCommand("awsidentity:eks:IdentityProviderConfig", urn));
}
