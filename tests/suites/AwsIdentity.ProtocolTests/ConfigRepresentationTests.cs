using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using AwsIdentity.ProtocolTests.Harness;
using Pulumirpc;

namespace AwsIdentity.ProtocolTests;

/// <summary>
/// CheckConfig keeps the representation the engine sent (pulumi/pulumi proto/pulumi/provider.proto, CheckConfig: "should preserve
/// the original representation"; `pulumi config set` stores every value as a string), and Configure decodes it.
/// </summary>
public sealed class ConfigRepresentationTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private ResourceProvider.ResourceProviderClient Client => fixture.Client;

    private static JsonObject AsConfigSetStoresThem() => new()
    {
        ["region"] = "us-east-1",
        ["maxRetries"] = "5",
        ["skipCredentialsValidation"] = "true",
        ["endpoints"] = """{"eks":"https://eks.example.com"}""",
        ["defaultTags"] = Values.Secret("""{"tags":{"owner":"from-text"}}"""),
        ["version"] = "0.1.0",
    };

    [Fact]
    public async Task CheckConfig_returns_strings_and_JSON_text_as_the_engine_sent_them()
    {
        var news = AsConfigSetStoresThem();
        var r = await Client.CheckConfigAsync(Requests.Check(Values.ProviderType, news, name: "default"));
        Assert.Empty(r.Failures);
        Assert.True(JsonNode.DeepEquals(news, Values.ToJson(r.Inputs)), Values.ToJson(r.Inputs).ToJsonString());
    }

    [Fact]
    public async Task CheckConfig_still_validates_what_the_strings_hold()
    {
        var news = AsConfigSetStoresThem().With(o =>
        {
            o["maxRetries"] = "500";
            o["endpoints"] = """{"eks":"not a url"}""";
        });
        var failures = Requests.Failures(await Client.CheckConfigAsync(Requests.Check(Values.ProviderType, news, name: "default")));
        Assert.Equal(["endpoints.eks", "maxRetries"], failures.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Configure_decodes_the_strings_CheckConfig_returned()
    {
        var r = await Client.CheckConfigAsync(Requests.Check(Values.ProviderType, AsConfigSetStoresThem(), name: "default"));
        try
        {
            await Client.ConfigureAsync(new ConfigureRequest { Args = r.Inputs, AcceptSecrets = true, AcceptResources = true });
            var created = await Client.CreateAsync(Requests.Create(Values.Eks, Fixtures.EksInputs(), preview: true));
            Assert.Equal("from-text", Values.ToJson(created.Properties)["tagsAll"]?["owner"]?.GetValue<string>());
        }
        finally
        {
            await Client.ConfigureAsync(Requests.Configure(Fixtures.ProviderConfig()));
        }
    }
}
