using System.Text.Json.Nodes;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Terraform.Schema;
using AwsIdentity.Provider.Terraform.Values;
using AwsIdentity.Provider.Terraform.Wire;
using Google.Protobuf;
using AwsIdentity.Tests.Support;
using Tfplugin6;

namespace AwsIdentity.Tests.Terraform;

/// <summary>MoveRpc: the hashicorp/aws (SDKv2) state of an EKS identity provider config in our shapes, and the moves it
/// refuses. No AWS client is called (a strict mock would throw).</summary>
public sealed class MoveRpcTests
{
    private static readonly TfBlock Eks = TerraformSchema.Resource(TerraformSchema.Models[0]).Block;

    private const string AwsState = """
        {"arn":"arn:aws:eks:eu-west-1:123456789012:identityproviderconfig/demo/oidc/corp/1","cluster_name":"demo","id":"demo:corp","status":"ACTIVE","tags":{},"tags_all":{},
         "oidc":[{"client_id":"kubernetes","identity_provider_config_name":"corp","issuer_url":"https://i","groups_claim":""}],
         "timeouts":{"create":"30m","delete":null}}
        """;

    [Fact]
    public void TheOidcList_BecomesTheSingleBlock_AndTimeoutsGo()
    {
        Assert.Null(MoveRpc.Reshape(AwsState, Eks, out var reshaped));
        var state = JsonNode.Parse(reshaped)!.AsObject();
        Assert.Equal("corp", (string?)state["oidc"]!["identity_provider_config_name"]);
        Assert.False(state.ContainsKey("timeouts"));
        Assert.Equal("demo:corp", (string?)state["id"]);
        Assert.Equal("eu-west-1", (string?)state["region"]);
    }

    [Fact]
    public void AnEmptyList_IsNoBlock()
    {
        Assert.Null(MoveRpc.Reshape("""{"id":"demo:corp","oidc":[]}""", Eks, out var reshaped));
        Assert.Null(JsonNode.Parse(reshaped)!["oidc"]);
        Assert.Null(JsonNode.Parse(reshaped)!["region"]);
    }

    [Theory]
    [InlineData("""{"oidc":[{},{}]}""", "`oidc` holds 2 blocks")]
    [InlineData("""[1]""", "not a JSON object")]
    [InlineData("""{"oidc":""", "not valid JSON")]
    public void WhatCannotBeReshaped_SaysWhy(string json, string expected) =>
        Assert.Contains(expected, MoveRpc.Reshape(json, Eks, out _), StringComparison.Ordinal);

    /// <summary>Handlers.cs: the real handlers over strict mocks, so an AWS call would throw.</summary>
    private static TerraformResources Resources() => new(new ResourceRegistry(Handlers.All()), Handlers.Unconfigured());

    private static MoveResourceState.Types.Request Request(string source = "aws_eks_identity_provider_config",
        string target = "awsidentity_eks_identity_provider_config", string provider = MoveRpc.AwsProvider, long version = 0) => new()
    {
        SourceProviderAddress = provider,
        SourceTypeName = source,
        SourceSchemaVersion = version,
        SourceState = new RawState { Json = ByteString.CopyFromUtf8(AwsState) },
        TargetTypeName = target,
        SourcePrivate = ByteString.CopyFromUtf8("{\"e2bfb730-ecaa-11e6-8f88-34363bc7c4c0\":{}}"),
    };

    [Fact]
    public void Move_FromTheAwsType_GivesOurState_WithoutThePrivate()
    {
        var response = MoveRpc.Move(Resources(), Request());
        Assert.Empty(response.Diagnostics);
        var state = (ObjectValue)WireValues.Decode(response.TargetState, Eks).Expect();
        Assert.Equal(PropertyValue.Of("demo:corp"), state["id"]);
        Assert.Equal(PropertyValue.Of("eu-west-1"), state["region"]);
        Assert.Equal(PropertyValue.Of("corp"), ((ObjectValue)state["oidc"]!)["identity_provider_config_name"]);
        Assert.True(response.TargetPrivate.IsEmpty);
    }

    [Theory]
    [InlineData("aws_eks_cluster", "awsidentity_eks_identity_provider_config", MoveRpc.AwsProvider, 0)]
    [InlineData("aws_eks_identity_provider_config", "awsidentity_eks_identity_provider_config", "registry.terraform.io/other/aws", 0)]
    [InlineData("aws_eks_identity_provider_config", "awsidentity_eks_identity_provider_config", MoveRpc.AwsProvider, 1)]
    [InlineData("aws_eks_identity_provider_config", "awsidentity_licensemanager_user_association", MoveRpc.AwsProvider, 0)]
    public void Move_FromAnythingElse_IsRefused_NamingTheWayThatWorks(string source, string target, string provider, long version)
    {
        var response = MoveRpc.Move(Resources(), Request(source, target, provider, version));
        var d = Assert.Single(response.Diagnostics);
        Assert.Equal("Unsupported resource move", d.Summary);
        Assert.Contains("removed block with destroy = false and an import block", d.Detail, StringComparison.Ordinal);
        Assert.Null(response.TargetState);
    }
}
