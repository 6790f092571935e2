using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using AwsIdentity.ProtocolTests.Harness;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;
using static Pulumirpc.DiffResponse.Types;

namespace AwsIdentity.ProtocolTests;

/// <summary>
/// DiffConfig and the region: a provider whose region changes can no longer see its resources, so DiffConfig must
/// ask for a replacement (pulumi/pulumi proto/pulumi/provider.proto, DiffConfig: "Changes to an AWS region, for example, will almost
/// certainly require a provider replacement"), whether the region is set or comes from the environment.
/// </summary>
public sealed class ProviderRegionTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private ResourceProvider.ResourceProviderClient Client => fixture.Client;

    [Fact]
    public async Task DiffConfig_replaces_the_provider_when_the_region_changes()
    {
        var olds = Fixtures.ProviderConfig();
        var r = await Client.DiffConfigAsync(Requests.Diff(Values.ProviderType, olds, olds.With(o => o["region"] = "eu-west-1")));
        Assert.Equal(DiffChanges.DiffSome, r.Changes);
        Assert.Equal(["region"], r.Replaces);
        Assert.Equal(PropertyDiff.Types.Kind.UpdateReplace, r.DetailedDiff["region"].Kind);
    }

    [Fact]
    public async Task DiffConfig_keeps_endpoints_profile_and_credential_changes_in_place()
    {
        var olds = Fixtures.ProviderConfig().With(o => { o["accessKey"] = Values.Secret("AKIAOLD"); o["secretKey"] = Values.Secret("old"); });
        var news = olds.With(o =>
        {
            o["endpoints"]!["eks"] = "https://eks.example.com";
            o["profile"] = "other-account";
            o["accessKey"] = Values.Secret("AKIANEW");
            o["secretKey"] = Values.Secret("new");
        });
        var r = await Client.DiffConfigAsync(Requests.Diff(Values.ProviderType, olds, news));
        Assert.Equal(DiffChanges.DiffSome, r.Changes);
        Assert.Empty(r.Replaces);
    }

    [Fact]
    public async Task A_region_from_the_environment_is_recorded_and_its_change_replaces_the_provider()
    {
        var config = Fixtures.ProviderConfig().With(o => o.Remove("region"));
        var olds = (await CheckConfigWithRegion("us-east-1", config, null)).Inputs;
        Assert.Equal("us-east-1", Values.ToJson(olds)["region"]?.GetValue<string>());
        // The recorded region is the one default CheckConfig adds: everything else is the engine's news as sent.
        Assert.True(JsonNode.DeepEquals(config, Values.ToJson(olds).With(o => o.Remove("region"))), Values.ToJson(olds).ToJsonString());

        // The next `pulumi up` runs with another AWS_REGION: the engine starts a new plugin process.
        var next = await CheckConfigWithRegion("eu-west-1", config, olds, diff: true);
        Assert.Equal("eu-west-1", Values.ToJson(next.Inputs)["region"]?.GetValue<string>());
        Assert.Equal(["region"], next.Diff!.Replaces);

        var same = await CheckConfigWithRegion("us-east-1", config, olds, diff: true);
        Assert.Equal(DiffChanges.DiffNone, same.Diff!.Changes);
    }

    [Fact]
    public async Task A_region_from_the_profile_is_recorded()
    {
        var dir = Directory.CreateTempSubdirectory("awsidentity-profile-");
        try
        {
            var configFile = Path.Combine(dir.FullName, "config");
            await File.WriteAllTextAsync(configFile, "[profile ops]\nregion = ap-south-1\n");
            var config = Fixtures.ProviderConfig().With(o => { o.Remove("region"); o["profile"] = "ops"; });
            var (inputs, _) = await CheckConfigWithRegion(null, config, null, configFile);
            Assert.Equal("ap-south-1", Values.ToJson(inputs)["region"]?.GetValue<string>());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task State_without_a_recorded_region_is_not_replaced()
    {
        // Provider state written before regions were recorded (or with no region anywhere): the old region is
        // unknown, and replacing every resource on an upgrade would be worse than the rare orphan.
        var olds = Fixtures.ProviderConfig().With(o => o.Remove("region"));
        var r = await Client.DiffConfigAsync(Requests.Diff(Values.ProviderType, olds, Fixtures.ProviderConfig()));
        Assert.Empty(r.Replaces);
    }

    /// <summary>CheckConfig (and DiffConfig against <paramref name="olds"/>) in a provider process started with this
    /// AWS_REGION (null: none) and AWS config file, as the engine starts a plugin with the CLI's environment.</summary>
    private static async Task<(Struct Inputs, DiffResponse? Diff)> CheckConfigWithRegion(string? region, JsonObject config, Struct? olds,
        string configFile = "/nonexistent/config", bool diff = false)
    {
        await using var engine = await FakeEngine.StartAsync();
        var environment = new Dictionary<string, string?>
        {
            ["AWS_REGION"] = region, ["AWS_DEFAULT_REGION"] = null, ["AWS_PROFILE"] = null,
            ["AWS_CONFIG_FILE"] = configFile, ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
        };
        await using var provider = await ProviderProcess.StartAsync(environment, engine.Address);
        var request = Requests.Check(Values.ProviderType, config, name: "default");
        if (olds is not null) request.Olds = olds;
        var check = await provider.Client.CheckConfigAsync(request);
        Assert.Empty(check.Failures);
        if (!diff) return (check.Inputs, null);
        var d = Requests.Diff(Values.ProviderType, new JsonObject(), new JsonObject(), name: "default");
        d.Olds = olds;
        d.OldInputs = olds;
        d.News = check.Inputs;
        return (check.Inputs, await provider.Client.DiffConfigAsync(d));
    }
}
