using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Terraform.Schema;
using AwsIdentity.Provider.Terraform.Values;
using static AwsIdentity.Tests.Terraform.TfValues;

namespace AwsIdentity.Tests.Terraform;

public sealed class TfNamesTests
{
    [Theory]
    [InlineData("clusterName", "cluster_name")]
    [InlineData("identityProviderConfigName", "identity_provider_config_name")]
    [InlineData("domainIpv4List", "domain_ipv4_list")]
    [InlineData("licenseManagerUserSubscriptions", "license_manager_user_subscriptions")]
    [InlineData("IdentityProviderConfig", "identity_provider_config")]
    [InlineData("oidc", "oidc")]
    public void Snake(string model, string terraform) => Assert.Equal(terraform, TfNames.Snake(model));

    private static readonly IdentityProviderConfigState EksState = new()
    {
        Args = new IdentityProviderConfigArgs
        {
            ClusterName = "c",
            Oidc = new OidcIdentityProviderConfigArgs
            {
                IdentityProviderConfigName = "n", IssuerUrl = "https://issuer", ClientId = "id",
                RequiredClaims = new Dictionary<string, string> { ["customClaim"] = "v" },
            },
            Tags = new Dictionary<string, string> { ["costCenter"] = "7", ["Team Name"] = "x" },
        },
        Arn = "arn:aws:eks:us-east-1:1:identityproviderconfig/c/oidc/n/u",
        Status = "ACTIVE",
        TagsAll = new Dictionary<string, string> { ["costCenter"] = "7" },
    };

    [Fact]
    public void ModelState_ThroughMsgpack_ComesBackTheSame_MapKeysUntouched()
    {
        var model = IdentityProviderConfigState.Shape.WriteObject(EksState);
        var terraform = TfNames.ToTerraform(model, IdentityProviderConfigState.Shape);
        Assert.Equal(S("7"), ((ObjectValue)terraform["tags"]!)["costCenter"]);
        Assert.Equal(S("v"), ((ObjectValue)((ObjectValue)terraform["oidc"]!)["required_claims"]!)["customClaim"]);
        var block = TerraformSchema.Resources()["awsidentity_eks_identity_provider_config"].Block;
        var full = terraform.With("id", S("c:n")).With("region", S("us-east-1"));
        var decoded = (ObjectValue)DynamicValueDecoder.Decode(DynamicValueEncoder.Encode(full, block).Expect(), block).Expect();
        Assert.Equal(Null, decoded["timeouts"]);
        Assert.Equal(Null, ((ObjectValue)decoded["oidc"]!)["groups_claim"]);
        Assert.Equal(model, TfNames.ToModel(decoded, IdentityProviderConfigState.Shape));
        var typed = IdentityProviderConfigState.Shape.Decode(TfNames.ToModel(decoded, IdentityProviderConfigState.Shape));
        Assert.Equal(model, IdentityProviderConfigState.Shape.WriteObject(typed));
    }

    [Fact]
    public void NestedBlocks_OfTheUserAssociation_MapBothWays()
    {
        var args = new UserAssociationArgs
        {
            Username = "alice", InstanceId = "i-0123456789abcdef0",
            IdentityProvider = new IdentityProviderArgs
            {
                ActiveDirectoryIdentityProvider = new ActiveDirectoryIdentityProviderArgs
                {
                    DirectoryId = "d-1234567890",
                    ActiveDirectorySettings = new ActiveDirectorySettingsArgs { DomainIpv4List = ["10.0.0.10"], DomainName = "corp.example.com" },
                },
            },
        };
        var model = UserAssociationArgs.Shape.WriteObject(args);
        var terraform = TfNames.ToTerraform(model, UserAssociationArgs.Shape);
        var settings = (ObjectValue)((ObjectValue)((ObjectValue)terraform["identity_provider"]!)["active_directory_identity_provider"]!)["active_directory_settings"]!;
        Assert.Equal(A(S("10.0.0.10")), settings["domain_ipv4_list"]);
        Assert.Equal(model, TfNames.ToModel(terraform, UserAssociationArgs.Shape));
    }

    [Fact]
    public void ToModel_DropsNullsAndTerraformOnlyAttributes_KeepsUnknowns() =>
        Assert.Equal(O(("clusterName", Unknown)),
            TfNames.ToModel(O(("cluster_name", Unknown), ("tags", Null), ("id", S("x")), ("timeouts", O())), IdentityProviderConfigArgs.Shape));

    [Fact]
    public void ToTerraform_KeepsSecretMarks() =>
        Assert.Equal(O(("cluster_name", PropertyValue.Secret(S("c")))),
            TfNames.ToTerraform(O(("clusterName", PropertyValue.Secret(S("c")))), IdentityProviderConfigArgs.Shape));

    [Fact]
    public void ModelPaths_BecomeAttributePaths()
    {
        var path = PropertyPath.Of("identityProvider").Key("activeDirectoryIdentityProvider").Key("activeDirectorySettings")
            .Key("domainIpv4List").Index(1);
        Assert.Equal("identity_provider.active_directory_identity_provider.active_directory_settings.domain_ipv4_list[1]",
            TfNames.ToTerraform(path, UserAssociationArgs.Shape).ToString());
        var tag = TfNames.ToTerraform(PropertyPath.Of("tags").Key("costCenter"), UserAssociationArgs.Shape);
        Assert.Equal<TfPathStep>([new TfAttributeStep("tags"), new TfKeyStep("costCenter")], tag.Steps);
    }
}
