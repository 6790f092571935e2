using AwsIdentity.Core.Config;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Model;

public sealed class RecordShapeTests
{
    private static List<ValidationFailure> Check(Kind shape, PropertyValue value)
    {
        var failures = new List<ValidationFailure>();
        shape.Check(value, PropertyPath.Root, failures);
        return failures;
    }

    private static InvalidPropertiesException DecodeFails<T>(Kind<T> shape, PropertyValue value) =>
        Assert.Throws<InvalidPropertiesException>(() => shape.Decode(value));

    private static string[] Paths(IEnumerable<ValidationFailure> failures) => [.. failures.Select(f => f.Path.ToString())];

    [Fact]
    public void Decode_NestedClaimValueTooLong_FailsAtExactPath()
    {
        var inputs = Samples.EksInputs().WithValueAt(Path("oidc", "requiredClaims", "x.y"), S(new string('v', 254)));
        var failure = Assert.Single(DecodeFails(IdentityProviderConfigArgs.Shape, inputs).Failures);
        Assert.Equal("oidc.requiredClaims[\"x.y\"]", failure.Path.ToString());
        Assert.Equal("must be at most 253 characters, got 254", failure.Reason);
    }

    [Fact]
    public void Decode_DeepListItemInvalid_FailsAtExactPath()
    {
        var inputs = Samples.UserInputs().WithValueAt(
            Path("identityProvider", "activeDirectoryIdentityProvider", "activeDirectorySettings", "domainIpv4List", 1), S("10.0.0.256"));
        var failure = Assert.Single(DecodeFails(UserAssociationArgs.Shape, inputs).Failures);
        Assert.Equal("identityProvider.activeDirectoryIdentityProvider.activeDirectorySettings.domainIpv4List[1]", failure.Path.ToString());
        Assert.Contains("IPv4", failure.Reason);
    }

    [Fact]
    public void Check_UnknownProperty_RejectedWithAllowedList()
    {
        var failure = Assert.Single(Check(IdentityProviderConfigArgs.Shape, Samples.EksInputs().With("clustername", S("x"))));
        Assert.Equal("clustername", failure.Path.ToString());
        Assert.Equal("unknown property 'clustername'; allowed: clusterName, oidc, tags", failure.Reason);
    }

    [Fact]
    public void Check_NestedUnknownProperty_RejectedAtNestedPath()
    {
        var failure = Assert.Single(Check(IdentityProviderConfigArgs.Shape, Samples.EksInputs().WithValueAt(Path("oidc", "issuer"), S("x"))));
        Assert.Equal("oidc.issuer", failure.Path.ToString());
        Assert.StartsWith("unknown property 'issuer'; allowed: identityProviderConfigName, issuerUrl, clientId,", failure.Reason);
    }

    [Fact]
    public void CheckAndDecode_RequiredMissingOrNull_FailsNamingProperty()
    {
        var inputs = Samples.EksInputs().Without("clusterName").WithValueAt(Path("oidc", "clientId"), Null);
        foreach (var failures in new[] { Check(IdentityProviderConfigArgs.Shape, inputs), DecodeFails(IdentityProviderConfigArgs.Shape, inputs).Failures.ToList() })
        {
            Assert.Equal(["clusterName", "oidc.clientId"], Paths(failures).Order(StringComparer.Ordinal));
            Assert.Contains(failures, f => f.Reason.StartsWith("missing required property 'clusterName'", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Check_UnknownsAnywhere_PassButDecodeFails()
    {
        var inputs = ((ObjectValue)Samples.EksInputs()
            .With("clusterName", Unknown)
            .WithValueAt(Path("oidc", "issuerUrl"), Unknown)
            .WithValueAt(Path("oidc", "requiredClaims", "aud"), Unknown))
            .With("tags", Unknown);
        Assert.Empty(Check(IdentityProviderConfigArgs.Shape, inputs));
        Assert.Empty(Check(IdentityProviderConfigArgs.Shape, Obj(("clusterName", S("c")), ("oidc", Unknown))));
        Assert.Equal(["clusterName", "oidc.issuerUrl", "oidc.requiredClaims.aud", "tags"],
            Paths(DecodeFails(IdentityProviderConfigArgs.Shape, inputs).Failures).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_UnknownSiblingDoesNotHideInvalidValue()
    {
        var inputs = Samples.EksInputs().With("clusterName", Unknown).WithValueAt(Path("oidc", "issuerUrl"), S("http://insecure"));
        Assert.Equal(["oidc.issuerUrl"], Paths(Check(IdentityProviderConfigArgs.Shape, inputs)));
    }

    [Fact]
    public void Read_NotAnObject_Fails() =>
        Assert.Equal("expected an object, got array", Assert.Single(DecodeFails(IdentityProviderConfigArgs.Shape, Arr()).Failures).Reason);

    [Fact]
    public void ReadWrite_SecretProperty_UnwrappedOnReadAndWrappedOnWrite()
    {
        var config = ProviderConfig.Shape.Decode(Obj(("accessKey", Secret(S("AKIA"))), ("region", Secret(S("us-east-1")))));
        Assert.Equal("AKIA", config.AccessKey);
        Assert.Equal("us-east-1", config.Region);
        var written = ProviderConfig.Shape.WriteObject(config with { SecretKey = "plain-in-memory" });
        Assert.Equal(Secret(S("AKIA")), written["accessKey"]);
        Assert.Equal(Secret(S("plain-in-memory")), written["secretKey"]);
        Assert.Equal(S("us-east-1"), written["region"]);
    }

    [Fact]
    public void Include_StateShape_FlattensArgsProperties()
    {
        var names = IdentityProviderConfigState.Shape.Properties.Select(p => p.Name).ToArray();
        Assert.Equal(["clusterName", "oidc", "tags", "arn", "status", "tagsAll"], names);
        var state = IdentityProviderConfigState.Shape.Decode(Samples.EksOutputs());
        Assert.Equal("prod", state.Args.ClusterName);
        Assert.Equal("corp-oidc", state.Args.Oidc.IdentityProviderConfigName);
        Assert.Equal("ACTIVE", state.Status);
        Assert.True(IdentityProviderConfigState.Shape.Properties[0].ReplaceOnChanges);
        Assert.True(IdentityProviderConfigState.Shape.Properties[0].Required);
    }

    [Fact]
    public void Write_NullOptionalProperties_AreOmitted()
    {
        var written = IdentityProviderConfigArgs.Shape.WriteObject(new IdentityProviderConfigArgs
        {
            ClusterName = "c",
            Oidc = new OidcIdentityProviderConfigArgs { IdentityProviderConfigName = "n", IssuerUrl = "https://i", ClientId = "id" },
        });
        Assert.Equal(Obj(("clusterName", S("c")), ("oidc", Obj(("identityProviderConfigName", S("n")),
            ("issuerUrl", S("https://i")), ("clientId", S("id"))))), written);
    }

    [Fact]
    public void Find_ByName_IsCaseSensitive()
    {
        Assert.NotNull(UserAssociationArgs.Shape.Find("instanceId"));
        Assert.Null(UserAssociationArgs.Shape.Find("InstanceId"));
    }
}
