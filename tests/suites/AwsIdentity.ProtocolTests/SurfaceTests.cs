using System.Text.Json.Nodes;
using AwsIdentity.ProtocolTests.Harness;
using AwsIdentity.Harness;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace AwsIdentity.ProtocolTests;

/// <summary>Handshake, GetPluginInfo, GetSchema, GetMapping(s), methods not served, unknown type tokens.</summary>
public sealed class SurfaceTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private ResourceProvider.ResourceProviderClient Client => fixture.Client;

    [Fact]
    public async Task Handshake_accepts_secrets_and_resources_but_not_output_values()
    {
        var r = await Client.HandshakeAsync(Requests.Handshake(fixture.Engine.Address));
        Assert.True(r.AcceptSecrets);
        Assert.True(r.AcceptResources);
        Assert.False(r.AcceptOutputs);
    }

    [Fact]
    public async Task GetPluginInfo_reports_the_build_version()
    {
        var r = await Client.GetPluginInfoAsync(new Empty());
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", r.Version);
    }

    [Fact]
    public async Task GetSchema_describes_every_resource_consistently()
    {
        var schema = JsonNode.Parse((await Client.GetSchemaAsync(new GetSchemaRequest())).Schema)!.AsObject();
        Assert.Equal("awsidentity", schema["name"]?.GetValue<string>());
        Assert.Equal((await Client.GetPluginInfoAsync(new Empty())).Version, schema["version"]?.GetValue<string>());
        var resources = schema["resources"]!.AsObject();
        Assert.Equal([Values.Eks, Values.Registration, Values.Subscription, Values.Lmus], resources.Select(r => r.Key).Order(StringComparer.Ordinal));
        AssertResource(resources[Values.Eks]!.AsObject(), ["clusterName", "oidc"], ["tags"], ["arn", "status", "tagsAll"]);
        AssertResource(resources[Values.Lmus]!.AsObject(), ["username", "instanceId", "identityProvider"], ["domain", "tags"],
            ["instanceUserArn", "status", "statusMessage", "tagsAll"]);
        AssertResource(resources[Values.Registration]!.AsObject(), ["identityProvider", "product"], ["settings", "tags"],
            ["identityProviderArn", "status", "failureMessage", "ownerAccountId", "tagsAll"]);
        AssertResource(resources[Values.Subscription]!.AsObject(), ["username", "identityProvider", "product"], ["domain", "tags"],
            ["productUserArn", "status", "statusMessage", "subscriptionStartDate", "subscriptionEndDate", "tagsAll"]);
        // The metaschema's key is willReplaceOnChanges (pulumi/pulumi pkg/codegen/schema PropertySpec).
        Assert.True(resources[Values.Eks]!["inputProperties"]!["clusterName"]!["willReplaceOnChanges"]?.GetValue<bool>());
        Assert.Null(resources[Values.Eks]!["inputProperties"]!["tags"]!["willReplaceOnChanges"]);

        foreach (var key in new[] { "accessKey", "secretKey", "token" })
        {
            Assert.True(schema["config"]!["variables"]![key]!["secret"]?.GetValue<bool>(), $"config {key}");
            Assert.True(schema["provider"]!["inputProperties"]![key]!["secret"]?.GetValue<bool>(), $"provider {key}");
        }
        // Every local $ref names a type the schema defines.
        var types = schema["types"]?.AsObject() ?? [];
        foreach (var reference in Refs(schema).Where(r => r.StartsWith("#/types/", StringComparison.Ordinal)))
            Assert.True(types.ContainsKey(reference["#/types/".Length..]), $"dangling {reference}");
    }

    private static void AssertResource(JsonObject resource, string[] required, string[] optional, string[] outputs)
    {
        var inputs = resource["inputProperties"]!.AsObject();
        Assert.Equal(required.Concat(optional).Order(), inputs.Select(p => p.Key).Order());
        Assert.Equal(required.Order(), resource["requiredInputs"]!.AsArray().Select(n => n!.GetValue<string>()).Order());
        var properties = resource["properties"]!.AsObject();
        foreach (var name in required.Concat(optional).Concat(outputs)) Assert.True(properties.ContainsKey(name), $"output {name}");
        foreach (var name in resource["required"]!.AsArray().Select(n => n!.GetValue<string>()))
            Assert.True(properties.ContainsKey(name), $"required output {name} is not a property");
    }

    private static IEnumerable<string> Refs(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(kv => kv.Key == "$ref" && kv.Value is JsonValue v ? [v.GetValue<string>()] : Refs(kv.Value)),
        JsonArray a => a.SelectMany(Refs),
        _ => [],
    };

    [Fact]
    public async Task GetSchema_of_an_unknown_subpackage_is_InvalidArgument()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => Client.GetSchemaAsync(new GetSchemaRequest { SubpackageName = "nope" }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("nope", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMapping_and_GetMappings_answer_empty()
    {
        var one = await Client.GetMappingAsync(new GetMappingRequest { Key = "tf", Provider = "aws" });
        Assert.Equal("", one.Provider);
        Assert.True(one.Data.IsEmpty);
        var all = await Client.GetMappingsAsync(new GetMappingsRequest { Key = "tf" });
        Assert.Empty(all.Providers);
    }

    [Theory]
    [InlineData("pulumirpc.ResourceProvider", "Invoke")]
    [InlineData("pulumirpc.ResourceProvider", "Construct")]
    [InlineData("pulumirpc.ResourceProvider", "Call")]
    [InlineData("pulumirpc.ResourceProvider", "Parameterize")]
    [InlineData("pulumirpc.ResourceProvider", "StreamInvoke")]
    [InlineData("pulumirpc.LanguageRuntime", "Run")]
    public async Task Methods_not_served_are_Unimplemented_and_named(string service, string method)
    {
        // Our stubs lack these methods, so call them raw: an empty message is a valid request of any type.
        var marshaller = Marshallers.Create<Empty>(m => m.ToByteArray(), Empty.Parser.ParseFrom);
        var raw = new Method<Empty, Empty>(MethodType.Unary, service, method, marshaller, marshaller);
        var e = await Assert.ThrowsAsync<RpcException>(() => fixture.Provider.Channel.CreateCallInvoker()
            .AsyncUnaryCall(raw, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(10)), new Empty()).ResponseAsync);
        Assert.Equal(StatusCode.Unimplemented, e.StatusCode);
        Assert.Contains($"{service}/{method}", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_of_an_unknown_type_names_the_known_types()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => Client.CheckAsync(Requests.Check("awsidentity:eks:Nope", [])).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("awsidentity:eks:Nope", e.Status.Detail, StringComparison.Ordinal);
        Assert.Contains(Values.Eks, e.Status.Detail, StringComparison.Ordinal);
        Assert.Contains(Values.Lmus, e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Type_comes_from_the_urn_when_the_type_field_is_empty()
    {
        var request = Requests.Check(Values.Lmus, new JsonObject { ["username"] = "bob" });
        request.Type = "";
        var r = await Client.CheckAsync(request);
        Assert.Contains("instanceId", Requests.Failures(r).Keys);
    }
}
