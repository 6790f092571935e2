using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using AwsIdentity.ProtocolTests.Harness;
using Pulumirpc;
using static AwsIdentity.ProtocolTests.Lifecycle.RegistrationPrograms;
using static AwsIdentity.ProtocolTests.Lifecycle.SubscriptionPrograms;
using Kind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.ProtocolTests;

/// <summary>awsidentity:licensemanager:IdentityProviderRegistration's Check, Diff and preview Create over gRPC, no AWS.</summary>
public sealed class RegistrationGrpcTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private const string Group = "sg-0123456789abcdef0";

    private static JsonObject Inputs(Action<JsonObject>? edit = null) => Registration("d-1234567890", edit).Inputs;

    private static JsonObject WithSettings(params string[] subnets) => Inputs(o => o["settings"] = Settings(Group, subnets));

    /// <summary>The state after a create: settings are AWS's when the inputs leave them out.</summary>
    private static JsonObject State(JsonObject inputs) => inputs.With(o =>
    {
        o["settings"] ??= Settings(DefaultSecurityGroup, DefaultSubnets);
        o["identityProviderArn"] = "arn:aws:license-manager-user-subscriptions:us-east-1:111122223333:identity-provider/1";
        o["status"] = "REGISTERED";
        o["tagsAll"] = new JsonObject { ["owner"] = Fixtures.DefaultTagOwner, ["team"] = "desktop" };
    });

    private Task<DiffResponse> Diff(JsonObject olds, JsonObject news) =>
        DiffTests.CheckedDiff(fixture.Client, Values.Registration, State(olds), olds, news);

    private static bool Replacing(DiffResponse r) =>
        r.Replaces.Count > 0 || r.DetailedDiff.Values.Any(d => d.Kind is Kind.AddReplace or Kind.DeleteReplace or Kind.UpdateReplace);

    [Fact]
    public async Task Check_passes_valid_inputs_unchanged()
    {
        foreach (var inputs in new[] { Inputs(), WithSettings("subnet-00000001") })
        {
            var r = await fixture.Client.CheckAsync(Requests.Check(Values.Registration, inputs));
            Assert.Empty(r.Failures);
            Assert.True(JsonNode.DeepEquals(inputs, Values.ToJson(r.Inputs)), Values.ToJson(r.Inputs).ToJsonString());
        }
    }

    [Fact]
    public async Task Check_failures_are_located()
    {
        var news = Inputs(o =>
        {
            o["identityProvider"]!["activeDirectoryIdentityProvider"]!["directoryId"] = "d-12";
            o["product"] = "";
            o["settings"] = new JsonObject { ["subnets"] = new JsonArray(), ["securityGroupId"] = "group-1" };
        });
        var f = Requests.Failures(await fixture.Client.CheckAsync(Requests.Check(Values.Registration, news)));
        Assert.Equal(["identityProvider.activeDirectoryIdentityProvider.directoryId", "product", "settings.securityGroupId", "settings.subnets"],
            f.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("at least one", f["settings.subnets"], StringComparison.Ordinal);
        Assert.Contains("sg-", f["settings.securityGroupId"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_create_leaves_the_settings_AWS_chooses_and_the_computed_outputs_unknown()
    {
        var outputs = Values.ToJson((await fixture.Client.CreateAsync(Requests.Create(Values.Registration, Inputs(), preview: true))).Properties);
        Assert.Equal(Values.Unknown, outputs["settings"]?.GetValue<string>());
        foreach (var key in new[] { "identityProviderArn", "status" }) Assert.Equal(Values.Unknown, outputs[key]?.GetValue<string>());
        Assert.Equal("desktop", outputs["tagsAll"]?["team"]?.GetValue<string>());

        var given = WithSettings("subnet-00000001");
        var declared = Values.ToJson((await fixture.Client.CreateAsync(Requests.Create(Values.Registration, given, preview: true))).Properties);
        Assert.True(JsonNode.DeepEquals(given["settings"], declared["settings"]), declared["settings"]?.ToJsonString());
    }

    [Fact]
    public async Task Settings_reordered_or_left_out_are_no_change()
    {
        Assert.Empty((await Diff(WithSettings("subnet-00000001", "subnet-00000002"), WithSettings("subnet-00000002", "subnet-00000001"))).Diffs);
        Assert.Empty((await Diff(WithSettings("subnet-00000001"), Inputs())).Diffs);
        Assert.Empty((await Diff(Inputs(), Inputs())).Diffs);
    }

    [Theory]
    [InlineData("subnet-00000001", "subnet-00000002", "subnet-00000003")]
    [InlineData("subnet-00000002")]
    public async Task Subnets_added_or_removed_change_in_place(params string[] subnets)
    {
        var r = await Diff(WithSettings("subnet-00000001", "subnet-00000002"), WithSettings(subnets));
        Assert.Equal(["settings"], r.Diffs);
        Assert.False(Replacing(r));
    }

    [Fact]
    public async Task Declared_settings_against_aws_defaults_and_a_new_group_change_in_place()
    {
        Assert.False(Replacing(await Diff(Inputs(), WithSettings("subnet-00000001"))));
        var group = await Diff(WithSettings("subnet-00000001"), Inputs(o => o["settings"] = Settings("sg-0123456789abcdef1", "subnet-00000001")));
        Assert.Equal(["settings"], group.Diffs);
        Assert.False(Replacing(group));
    }

    [Theory]
    [InlineData("product", OtherProduct)]
    [InlineData("product", Values.Unknown)]
    [InlineData("identityProvider", Values.Unknown)]
    public async Task Directory_or_product_changes_replace_deregistering_first(string property, string value)
    {
        var r = await Diff(Inputs(), Inputs(o => o[property] = value));
        Assert.Equal([property], r.Replaces);
        Assert.True(r.DeleteBeforeReplace, "AWS keeps one registration per directory and product");
    }
}
