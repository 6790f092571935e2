using AwsIdentity.Core.Config;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Resources;

public sealed class ResourceHandlerPreviewTests
{
    [Fact]
    public async Task CreateAsync_PreviewEksUnconfigured_InputsPlusUnknownComputed()
    {
        var handler = Handlers.Eks();
        var result = await handler.PlanCreateAsync(Samples.EksInputs());
        Assert.Equal("", result.Id);
        var expected = Samples.EksInputs().With("arn", Unknown).With("status", Unknown).With("tagsAll", Samples.EksInputs()["tags"]!);
        Assert.Equal(expected, result.Outputs);
    }

    [Fact]
    public async Task CreateAsync_PreviewUserAssociation_EveryComputedOutputUnknown()
    {
        var handler = Handlers.User();
        var outputs = (await handler.PlanCreateAsync(Samples.UserInputs())).Outputs;
        foreach (var key in new[] { "instanceUserArn", "status", "statusMessage", "associationDate", "disassociationDate" })
            Assert.Equal(Unknown, outputs[key]);
        Assert.Equal(Map(("team", "desktops")), outputs["tagsAll"]);
        Assert.Equal(UserAssociationState.Shape.Properties.Select(p => p.Name).Order(StringComparer.Ordinal), outputs.Fields.Keys);
        foreach (var (key, value) in Samples.UserInputs().Fields) Assert.Equal(value, outputs[key]);
    }

    [Fact]
    public async Task CreateAsync_PreviewWithDefaultTags_MergesResourceTagsOverDefaults()
    {
        var handler = Handlers.Eks(Handlers.WithDefaultTags(("owner", "ops"), ("team", "default")));
        var outputs = (await handler.PlanCreateAsync(Samples.EksInputs())).Outputs;
        Assert.Equal(Map(("env", "prod"), ("owner", "ops"), ("team", "platform")), outputs["tagsAll"]);
    }

    [Fact]
    public async Task CreateAsync_PreviewWithoutTags_TagsAllIsDefaults()
    {
        var handler = Handlers.Eks(Handlers.WithDefaultTags(("owner", "ops")));
        var outputs = (await handler.PlanCreateAsync(Samples.EksInputs().Without("tags"))).Outputs;
        Assert.Equal(Map(("owner", "ops")), outputs["tagsAll"]);
        Assert.Null(outputs["tags"]);
    }

    [Fact]
    public async Task CreateAsync_PreviewUnknownInputs_KeptAndTagsAllUnknown()
    {
        var handler = Handlers.Eks();
        var inputs = Samples.EksInputs().With("clusterName", Unknown).With("tags", Obj(("a", Unknown)));
        var outputs = (await handler.PlanCreateAsync(inputs)).Outputs;
        Assert.Equal(Unknown, outputs["clusterName"]);
        Assert.Equal(Unknown, outputs["tagsAll"]);
    }

    [Fact]
    public async Task CreateAsync_PreviewSecretInputs_StaySecret()
    {
        var handler = Handlers.Eks();
        var inputs = (ObjectValue)Samples.EksInputs().WithValueAt(Path("oidc", "clientId"), Secret(S("id")));
        var outputs = (await handler.PlanCreateAsync(inputs)).Outputs;
        Assert.Equal(Secret(S("id")), ((ObjectValue)outputs["oidc"]!)["clientId"]);
    }

    [Fact]
    public async Task UpdateAsync_PreviewTagChange_KeepsComputedAndMergesTagsAll()
    {
        var handler = Handlers.Eks(Handlers.WithDefaultTags(("owner", "ops")));
        var news = Samples.EksInputs().With("tags", Map(("team", "new")));
        var request = new UpdateRequest("prod:corp-oidc", "urn", Samples.EksOutputs(), Samples.EksInputs(), news, null);
        var outputs = await handler.PlanUpdateAsync(request);
        var expected = news.With("arn", Samples.EksOutputs()["arn"]!).With("status", S("ACTIVE"))
            .With("tagsAll", Map(("owner", "ops"), ("team", "new")));
        Assert.Equal(expected, outputs);
    }

    [Fact]
    public async Task UpdateAsync_PreviewTagRemoved_DropsTagsFromOutputs()
    {
        var handler = Handlers.User();
        var news = Samples.UserInputs().Without("tags");
        var request = new UpdateRequest("id", "urn", Samples.UserOutputs(), Samples.UserInputs(), news, null);
        var outputs = await handler.PlanUpdateAsync(request);
        Assert.Null(outputs["tags"]);
        Assert.Equal(ObjectValue.Empty, outputs["tagsAll"]);
        Assert.Equal(Samples.UserOutputs()["instanceUserArn"], outputs["instanceUserArn"]);
        Assert.Equal(Samples.UserOutputs()["associationDate"], outputs["associationDate"]);
    }

    [Fact]
    public void Check_InvalidNews_ReturnsInputsAndFailures()
    {
        var handler = Handlers.User();
        var news = Samples.UserInputs().With("instanceId", S("bad"));
        var result = handler.Check(new CheckRequest(ObjectValue.Empty, news));
        Assert.Equal(news, result.Inputs);
        Assert.Equal("instanceId", Assert.Single(result.Failures).Path.ToString());
    }

    [Fact]
    public void Handlers_Shapes_AreTheRecordShapes()
    {
        IResourceHandler eks = Handlers.Eks();
        IResourceHandler user = Handlers.User();
        Assert.Same(IdentityProviderConfigArgs.Shape, eks.Inputs);
        Assert.Same(IdentityProviderConfigState.Shape, eks.Outputs);
        Assert.Same(UserAssociationArgs.Shape, user.Inputs);
        Assert.Same(UserAssociationState.Shape, user.Outputs);
        Assert.Equal("awsidentity:eks:IdentityProviderConfig", eks.Token);
        Assert.Equal("awsidentity:licensemanager:UserAssociation", user.Token);
        Assert.Same(IdentityProviderConfigModel.Resource, eks.Model);
        Assert.Same(UserAssociationModel.Resource, user.Model);
    }
}
