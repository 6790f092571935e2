using System.Text.Json.Nodes;
using AwsIdentity.ProtocolTests.Harness;
using AwsIdentity.Harness;
using Grpc.Core;
using Pulumirpc;
using static Pulumirpc.DiffResponse.Types;

namespace AwsIdentity.ProtocolTests;

/// <summary>CheckConfig, DiffConfig and Configure.</summary>
public sealed class ConfigTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private ResourceProvider.ResourceProviderClient Client => fixture.Client;

    private Task<CheckResponse> CheckConfig(JsonObject news) =>
        Client.CheckConfigAsync(Requests.Check(Values.ProviderType, news, name: "default")).ResponseAsync;

    [Fact]
    public async Task CheckConfig_passes_a_valid_configuration_unchanged_secrets_included()
    {
        var news = Fixtures.ProviderConfig().With(o =>
        {
            o["accessKey"] = Values.Secret("AKIAEXAMPLE");
            o["secretKey"] = Values.Secret("shh");
            o["version"] = "0.1.0"; // added by the engine to every provider's inputs
        });
        var r = await CheckConfig(news);
        Assert.Empty(r.Failures);
        Assert.True(JsonNode.DeepEquals(news, Values.ToJson(r.Inputs)), Values.ToJson(r.Inputs).ToJsonString());
    }

    [Fact]
    public async Task CheckConfig_locates_each_failure()
    {
        var news = new JsonObject
        {
            ["region"] = "Mars",
            ["endpoints"] = new JsonObject { ["eks"] = "not a url", ["licenseManagerUserSubscriptions"] = "ftp:/x" },
            ["maxRetries"] = 500,
            ["defaultTags"] = new JsonObject { ["tags"] = new JsonObject { ["team"] = 1 } },
            ["bogus"] = true,
        };
        var failures = Requests.Failures(await CheckConfig(news));
        Assert.Equal(["bogus", "defaultTags.tags.team", "endpoints.eks", "endpoints.licenseManagerUserSubscriptions", "maxRetries", "region"],
            failures.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("unknown property 'bogus'", failures["bogus"], StringComparison.Ordinal);
        Assert.Contains("0 to 100", failures["maxRetries"], StringComparison.Ordinal);
        Assert.Contains("\"Mars\"", failures["region"], StringComparison.Ordinal);
        Assert.All(failures.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
    }

    [Fact]
    public async Task CheckConfig_requires_the_secret_key_with_an_access_key()
    {
        var failures = Requests.Failures(await CheckConfig(new JsonObject { ["accessKey"] = Values.Secret("AKIAEXAMPLE") }));
        Assert.Equal(["secretKey"], failures.Keys);
        Assert.DoesNotContain("AKIAEXAMPLE", failures["secretKey"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_accepts_unknowns_and_JSON_encoded_objects()
    {
        var news = new JsonObject
        {
            ["region"] = Values.Unknown,
            ["maxRetries"] = Values.Unknown,
            ["endpoints"] = """{"eks":"https://eks.example.com"}""",
            ["defaultTags"] = Values.Secret("""{"tags":{"owner":"secret-team"}}"""),
        };
        var r = await CheckConfig(news);
        Assert.Empty(r.Failures);
        // Returned as sent (ConfigRepresentationTests): JSON text stays text, secrets stay secret.
        Assert.True(JsonNode.DeepEquals(news, Values.ToJson(r.Inputs)), Values.ToJson(r.Inputs).ToJsonString());
    }

    [Fact]
    public async Task DiffConfig_reports_nothing_for_identical_config_and_endpoints_in_place()
    {
        var olds = Fixtures.ProviderConfig();
        var same = await Client.DiffConfigAsync(Requests.Diff(Values.ProviderType, olds, Fixtures.ProviderConfig()));
        Assert.Equal(DiffChanges.DiffNone, same.Changes);
        Assert.Empty(same.Replaces);

        var news = olds.With(o => o["endpoints"]!["eks"] = "http://127.0.0.1:4567");
        var r = await Client.DiffConfigAsync(Requests.Diff(Values.ProviderType, olds, news));
        Assert.Equal(DiffChanges.DiffSome, r.Changes);
        Assert.Empty(r.Replaces);
        Assert.False(r.DeleteBeforeReplace);
        Assert.Equal(["endpoints"], r.Diffs);
        Assert.True(r.HasDetailedDiff);
        Assert.Equal(PropertyDiff.Types.Kind.Update, r.DetailedDiff["endpoints.eks"].Kind);
    }

    [Fact]
    public async Task Configure_with_secret_args_answers_the_handshake_flags_and_supports_preview()
    {
        var args = Fixtures.ProviderConfig().With(o =>
        {
            o["accessKey"] = Values.Secret("AKIAEXAMPLE");
            o["secretKey"] = Values.Secret("shh");
            o["token"] = Values.Secret("session");
            o["version"] = "0.1.0";
        });
        var r = await Client.ConfigureAsync(Requests.Configure(args));
        Assert.True(r.SupportsPreview);
        Assert.True(r.AcceptSecrets);
        Assert.True(r.AcceptResources);
        Assert.False(r.AcceptOutputs);
    }

    [Fact]
    public async Task Configure_rejects_an_invalid_configuration_naming_the_property()
    {
        var args = new JsonObject { ["region"] = "Mars", ["skipCredentialsValidation"] = true };
        var e = await Assert.ThrowsAsync<RpcException>(() => Client.ConfigureAsync(Requests.Configure(args)).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("region", e.Status.Detail, StringComparison.Ordinal);
        // A failed Configure leaves the previous configuration usable.
        await Client.ConfigureAsync(Requests.Configure(Fixtures.ProviderConfig()));
    }
}
