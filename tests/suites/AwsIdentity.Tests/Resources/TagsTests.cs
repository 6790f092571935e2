using AwsIdentity.Core.Config;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Resources;

public sealed class TagsTests
{
    [Fact]
    public void Merge_ResourceTagsWinOverDefaults()
    {
        var merged = Tags.Merge(new Dictionary<string, string> { ["a"] = "default", ["b"] = "b" }, new Dictionary<string, string> { ["a"] = "own" });
        Assert.Equal(new Dictionary<string, string> { ["a"] = "own", ["b"] = "b" }, merged);
        Assert.Empty(Tags.Merge(null, null));
    }

    [Fact]
    public void MergeValue_KnownTags_MergedObject()
    {
        Assert.Equal(Map(("d", "1"), ("k", "v")), Tags.MergeValue(new Dictionary<string, string> { ["d"] = "1" }, Map(("k", "v"))).Reveal());
        Assert.Equal(Map(("d", "1"), ("k", "v")), Tags.MergeValue(new Dictionary<string, string> { ["d"] = "1" }, Secret(Map(("k", "v")))).Reveal());
        Assert.Equal(ObjectValue.Empty, Tags.MergeValue(null, null));
    }

    [Fact]
    public void MergeValue_UnknownTagsOrTagValue_Unknown()
    {
        Assert.Equal(Unknown, Tags.MergeValue(null, Unknown));
        Assert.Equal(Unknown, Tags.MergeValue(new Dictionary<string, string> { ["d"] = "1" }, Obj(("k", Unknown))));
    }

    [Fact]
    public void MergeValue_SecretTagValue_TagsAllKeepsSecretness()
    {
        // tagsAll is not an input, so the engine will not re-mark it secret (annotateSecrets): the provider must.
        var merged = Tags.MergeValue(null, Obj(("k", Secret(S("v")))));
        Assert.True(merged.ContainsSecrets);
        Assert.Equal(Map(("k", "v")), merged.Reveal());
    }

    [Fact]
    public async Task CreateAsync_PreviewSecretTags_TagsAllIsSecret()
    {
        var handler = Handlers.Eks();
        var inputs = Samples.EksInputs().With("tags", Secret(Map(("team", "platform"))));
        var outputs = (await handler.PlanCreateAsync(inputs)).Outputs;
        Assert.Equal(Secret(Map(("team", "platform"))), outputs["tags"]);
        Assert.True(outputs["tagsAll"]!.ContainsSecrets, "secret tags leak in plain text through tagsAll");
    }
}
