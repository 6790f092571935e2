using System.Text.Json;
using AwsIdentity.Pulumi;
using AwsIdentity.Pulumi.Eks;
using Pulumi;

namespace AwsIdentity.PulumiSdk.Tests;

/// <summary>
/// An explicit Provider with every config key, as the engine receives it: the provider's inputs reach CheckConfig
/// as configuration, where strings travel as they are and every other value as JSON text: [Input(json: true)] on
/// each non-string provider input, as Pulumi's generator marks them (pulumi-dotnet
/// pulumi-language-dotnet/codegen/gen.go, genInputPropertyAttribute), serialized by Pulumi's InputArgs. Resources
/// name the provider by its URN and id.
/// </summary>
public sealed class ProviderTests
{
    [Fact]
    public async Task Provider_SendsEveryConfigKey_NonStringsAsJsonText()
    {
        var (_, mocks) = await PulumiRun.OneAsync(() => new Provider("west", FullArgs.Provider()));

        var inputs = mocks.Single(SdkMocks.ProviderToken, "west").Inputs;
        var schema = Repo.Schema.GetProperty("provider").GetProperty("inputProperties");
        Assert.Equal(schema.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal), inputs.Keys.Order(StringComparer.Ordinal));
        Assert.All(inputs.Values, v => Assert.IsType<string>(v));
        Assert.Equal(("eu-west-1", "platform", "AKIAEXAMPLE", "secret-example", "token-example"),
            ((string)inputs["region"], (string)inputs["profile"], (string)inputs["accessKey"], (string)inputs["secretKey"], (string)inputs["token"]));
        Assert.Equal("5", inputs["maxRetries"]);
        Assert.Equal("true", inputs["skipCredentialsValidation"]);
        var endpoints = JsonDocument.Parse((string)inputs["endpoints"]).RootElement;
        Assert.Equal(("http://127.0.0.1:4599", "http://127.0.0.1:4598"),
            (endpoints.GetProperty("eks").GetString(), endpoints.GetProperty("licenseManagerUserSubscriptions").GetString()));
        var tags = JsonDocument.Parse((string)inputs["defaultTags"]).RootElement;
        Assert.Equal("platform", tags.GetProperty("tags").GetProperty("team").GetString());
    }

    [Fact]
    public async Task Resource_WithProviderOption_NamesThatProvider()
    {
        var mocks = new SdkMocks();
        Provider? west = null;
        await PulumiRun.RunAsync(mocks.Object, () =>
        {
            west = new Provider("west", FullArgs.Provider());
            new IdentityProviderConfig("oidc", FullArgs.Oidc(), new CustomResourceOptions { Provider = west });
        });

        // A provider reference is "<provider URN>::<provider id>" (Pulumi's ProviderResource.Ref).
        var urn = await PulumiRun.ValueAsync(west!.Urn);
        Assert.EndsWith("pulumi:providers:awsidentity::west", urn);
        Assert.Equal($"{urn}::provider-id", mocks.Single(SdkMocks.OidcToken, "oidc").Provider);
    }

    [Fact]
    public async Task ProviderConfig_ReadsTheStackConfigOfThePackage()
    {
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", """{"awsidentity:region":"ap-south-1","awsidentity:maxRetries":"7","awsidentity:endpoints":"{\"eks\":\"http://127.0.0.1:4599\"}"}""");
        try
        {
            (string?, int?, string?) seen = default;
            await PulumiRun.RunAsync(new SdkMocks().Object, () => seen = (ProviderConfig.Region, ProviderConfig.MaxRetries, ProviderConfig.Endpoints?.Eks));
            Assert.Equal(("ap-south-1", 7, "http://127.0.0.1:4599"), seen);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PULUMI_CONFIG", null);
        }
    }
}
