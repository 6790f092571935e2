using AwsIdentity.Provider.Host;

namespace AwsIdentity.Tests.Host;

public sealed class PulumiUrnTests
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
    public void TypeOf_Urn_GivesTypeToken(string urn, string expected) => Assert.Equal(expected, PulumiUrn.TypeOf(urn));
}
