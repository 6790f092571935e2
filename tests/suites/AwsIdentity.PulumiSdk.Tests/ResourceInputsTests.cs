using AwsIdentity.Pulumi.Eks;
using AwsIdentity.Pulumi.LicenseManager;

namespace AwsIdentity.PulumiSdk.Tests;

/// <summary>
/// What the engine receives when a program creates each resource through the real Pulumi SDK: the type token and
/// input names, nesting and value types of sdk/schema.json, every declared input reachable from C#.
/// </summary>
public sealed class ResourceInputsTests
{
    [Fact]
    public async Task IdentityProviderConfig_SendsItsTokenAndEverySchemaInput()
    {
        var (_, mocks) = await PulumiRun.OneAsync(() => new IdentityProviderConfig("oidc", FullArgs.Oidc()));
        AssertSchemaInputs(SdkMocks.OidcToken, mocks.Single(SdkMocks.OidcToken, "oidc").Inputs);
    }

    [Fact]
    public async Task UserAssociation_SendsItsTokenAndEverySchemaInput()
    {
        var (_, mocks) = await PulumiRun.OneAsync(() => new UserAssociation("alice", FullArgs.User()));
        var inputs = mocks.Single(SdkMocks.UserToken, "alice").Inputs;
        AssertSchemaInputs(SdkMocks.UserToken, inputs);
        // Spot check of the deepest nesting: the names on the wire are the schema's, not the C# ones.
        var ad = (IReadOnlyDictionary<string, object>)((IReadOnlyDictionary<string, object>)inputs["identityProvider"])["activeDirectoryIdentityProvider"];
        var settings = (IReadOnlyDictionary<string, object>)ad["activeDirectorySettings"];
        Assert.Equal(true, ad["isSharedActiveDirectory"]);
        Assert.Equal(["10.0.0.10", "10.0.1.10"], ((IEnumerable<object>)settings["domainIpv4List"]).Cast<string>());
    }

    [Fact]
    public async Task ProductSubscription_SendsItsTokenAndEverySchemaInput()
    {
        var (_, mocks) = await PulumiRun.OneAsync(() => new ProductSubscription("alice", FullArgs.Subscription()));
        var inputs = mocks.Single(SdkMocks.SubscriptionToken, "alice").Inputs;
        AssertSchemaInputs(SdkMocks.SubscriptionToken, inputs);
        Assert.Equal(("alice", "VISUAL_STUDIO_ENTERPRISE", "corp.example.com"), ((string)inputs["username"], (string)inputs["product"], (string)inputs["domain"]));
    }

    [Fact]
    public async Task IdentityProviderRegistration_SendsItsTokenAndEverySchemaInput()
    {
        var (_, mocks) = await PulumiRun.OneAsync(() => new IdentityProviderRegistration("directory", FullArgs.Registration()));
        var inputs = mocks.Single(SdkMocks.RegistrationToken, "directory").Inputs;
        AssertSchemaInputs(SdkMocks.RegistrationToken, inputs);
        // settings.subnets is a set in the model and an array in the schema: the SDK sends the list as given.
        var settings = (IReadOnlyDictionary<string, object>)inputs["settings"];
        Assert.Equal(["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"], ((IEnumerable<object>)settings["subnets"]).Cast<string>());
        Assert.Equal("sg-0123456789abcdef0", settings["securityGroupId"]);
    }

    [Fact]
    public void ShapeCheck_ReportsUnknownNamesAndWrongTypes()
    {
        var shape = new SchemaShape();
        var inputs = new Dictionary<string, object>
        {
            ["clusterName"] = 5.0,
            ["oidc"] = new Dictionary<string, object> { ["issuerURL"] = "https://a" },
        };
        shape.CheckObject(Repo.Resource(SdkMocks.OidcToken).GetProperty("inputProperties"), inputs, "oidc");
        Assert.Contains("oidc.clusterName: Double does not fit schema type string", shape.Problems);
        Assert.Contains("oidc.oidc.issuerURL is not a schema property", shape.Problems);
    }

    private static void AssertSchemaInputs(string token, IReadOnlyDictionary<string, object> inputs)
    {
        var properties = Repo.Resource(token).GetProperty("inputProperties");
        var shape = new SchemaShape();
        shape.CheckObject(properties, inputs, token);
        Assert.Empty(shape.Problems);
        Assert.Equal(SchemaShape.AllPaths(properties, token), shape.Seen);
    }
}
