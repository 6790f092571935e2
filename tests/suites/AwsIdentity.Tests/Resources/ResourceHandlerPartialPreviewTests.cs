using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Resources;

/// <summary>Update preview of a resource whose create was interrupted: what the update will set is unknown.</summary>
public sealed class ResourceHandlerPartialPreviewTests
{
    private static Task<ObjectValue> Preview(IResourceHandler handler, ObjectValue oldOutputs, ObjectValue news) =>
        handler.PlanUpdateAsync(new UpdateRequest("id", "urn", oldOutputs, news, news, null));

    [Theory]
    [InlineData("CREATING", true)]
    [InlineData("ACTIVE", false)]
    [InlineData(null, true)]
    public async Task UpdateAsync_PreviewEksPartial_ArnAndStatusUnknown(string? status, bool withArn)
    {
        var old = Samples.EksOutputs().Without("arn").Without("status");
        if (withArn) old = old.With("arn", Samples.EksOutputs()["arn"]!);
        if (status is not null) old = old.With("status", S(status));

        var outputs = await Preview(Handlers.Eks(Handlers.WithDefaultTags(("owner", "ops"))), old, Samples.EksInputs());

        Assert.Equal(Unknown, outputs["arn"]);
        Assert.Equal(Unknown, outputs["status"]);
        Assert.Equal(Samples.EksInputs()["clusterName"], outputs["clusterName"]);
        Assert.Equal(Map(("env", "prod"), ("owner", "ops"), ("team", "platform")), outputs["tagsAll"]);
    }

    [Theory]
    [InlineData("ASSOCIATING")]
    [InlineData("FAILED")]
    public async Task UpdateAsync_PreviewUserAssociationPartial_EveryComputedOutputUnknown(string status)
    {
        var old = Samples.UserOutputs().With("status", S(status));

        var outputs = await Preview(Handlers.User(), old, Samples.UserInputs());

        foreach (var key in new[] { "instanceUserArn", "status", "statusMessage", "associationDate", "disassociationDate" })
            Assert.Equal(Unknown, outputs[key]);
        Assert.Equal(Samples.UserInputs()["username"], outputs["username"]);
    }

    [Fact]
    public async Task UpdateAsync_PreviewUserAssociationSettled_KeepsComputed()
    {
        var outputs = await Preview(Handlers.User(), Samples.UserOutputs(), Samples.UserInputs());
        Assert.Equal(Samples.UserOutputs()["instanceUserArn"], outputs["instanceUserArn"]);
        Assert.Equal(Samples.UserOutputs()["status"], outputs["status"]);
    }
}
