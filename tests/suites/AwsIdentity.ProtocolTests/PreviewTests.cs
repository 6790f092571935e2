using System.Text.Json.Nodes;
using AwsIdentity.ProtocolTests.Harness;
using AwsIdentity.Harness;
using Pulumirpc;

namespace AwsIdentity.ProtocolTests;

/// <summary>Create and Update with preview=true: inputs plus unknown computed outputs, secrets kept, no AWS.</summary>
public sealed class PreviewTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private async Task<JsonObject> PreviewCreate(string type, JsonObject inputs)
    {
        var r = await fixture.Client.CreateAsync(Requests.Create(type, inputs, preview: true));
        return Values.ToJson(r.Properties);
    }

    [Fact]
    public async Task IdentityProviderConfig_preview_returns_inputs_and_unknown_outputs()
    {
        var inputs = Fixtures.EksInputs();
        var outputs = await PreviewCreate(Values.Eks, inputs);
        foreach (var (key, value) in inputs) Assert.True(JsonNode.DeepEquals(value, outputs[key]), key);
        Assert.Equal(Values.Unknown, outputs["arn"]?.GetValue<string>());
        Assert.Equal(Values.Unknown, outputs["status"]?.GetValue<string>());
        var expectedTags = new JsonObject { ["owner"] = Fixtures.DefaultTagOwner, ["team"] = "platform", ["env"] = "dev" };
        Assert.True(JsonNode.DeepEquals(expectedTags, outputs["tagsAll"]), outputs["tagsAll"]?.ToJsonString());
    }

    [Fact]
    public async Task UserAssociation_preview_returns_inputs_and_unknown_outputs()
    {
        var inputs = Fixtures.LmusInputs();
        var outputs = await PreviewCreate(Values.Lmus, inputs);
        foreach (var (key, value) in inputs) Assert.True(JsonNode.DeepEquals(value, outputs[key]), key);
        Assert.Equal(Values.Unknown, outputs["instanceUserArn"]?.GetValue<string>());
        Assert.Equal(Values.Unknown, outputs["status"]?.GetValue<string>());
    }

    [Fact]
    public async Task Preview_passes_unknown_inputs_through()
    {
        var inputs = Fixtures.EksInputs().With(o => o["clusterName"] = Values.Unknown);
        var outputs = await PreviewCreate(Values.Eks, inputs);
        Assert.Equal(Values.Unknown, outputs["clusterName"]?.GetValue<string>());
    }

    [Fact]
    public async Task Secret_inputs_come_back_as_secrets()
    {
        var inputs = Fixtures.EksInputs().With(o => o["oidc"]!["clientId"] = Values.Secret("very-private-client"));
        var outputs = await PreviewCreate(Values.Eks, inputs);
        Assert.True(JsonNode.DeepEquals(Values.Secret("very-private-client"), outputs["oidc"]?["clientId"]),
            outputs["oidc"]?.ToJsonString());
    }

    [Fact]
    public async Task TagsAll_is_secret_when_tags_are_secret()
    {
        var inputs = Fixtures.EksInputs().With(o => o["tags"] = Values.Secret(new JsonObject { ["team"] = "platform" }));
        var outputs = await PreviewCreate(Values.Eks, inputs);
        Assert.True(Values.IsSecret(outputs["tags"]));
        Assert.True(Values.IsSecret(outputs["tagsAll"]), outputs["tagsAll"]?.ToJsonString());
    }

    [Fact]
    public async Task Preview_update_keeps_the_computed_outputs_of_the_old_state()
    {
        var olds = Fixtures.EksInputs();
        var state = Fixtures.StateOf(Values.Eks, olds);
        var news = olds.With(o => o["tags"]!["team"] = "identity");
        var r = await fixture.Client.UpdateAsync(new UpdateRequest
        {
            Id = "demo-cluster:corp-oidc", Urn = Values.Urn(Values.Eks), Name = "res", Type = Values.Eks,
            Olds = Values.ToStruct(state), OldInputs = Values.ToStruct(olds), News = Values.ToStruct(news), Preview = true,
        });
        var outputs = Values.ToJson(r.Properties);
        Assert.Equal(state["arn"]?.GetValue<string>(), outputs["arn"]?.GetValue<string>());
        Assert.Equal("identity", outputs["tags"]?["team"]?.GetValue<string>());
        Assert.Equal("identity", outputs["tagsAll"]?["team"]?.GetValue<string>());
        Assert.Equal(Fixtures.DefaultTagOwner, outputs["tagsAll"]?["owner"]?.GetValue<string>());
    }
}
