using AwsIdentity.Core.Resources;

namespace AwsIdentity.Tests.Resources;

public sealed class OwnershipTests
{
    private const string Mine = "marker-of-this-resource";

    [Theory]
    [InlineData(Mine, Mine, Ownership.Verdict.Own)]
    [InlineData("marker-of-another", Mine, Ownership.Verdict.Elsewhere)]
    [InlineData(Mine, null, Ownership.Verdict.Elsewhere)]
    [InlineData(null, Mine, Ownership.Verdict.Unmarked)]
    public void Judge_ComparesTheLiveMarkerWithTheOwner(string? live, string? owner, Ownership.Verdict expected)
    {
        var tags = new Dictionary<string, string> { ["team"] = "a" };
        if (live is not null) tags[Ownership.TagKey] = live;
        Assert.Equal(expected, Ownership.Judge(tags, owner));
    }

    [Fact]
    public void Judge_NoTagsAtAll_IsUnmarked() => Assert.Equal(Ownership.Verdict.Unmarked, Ownership.Judge(null, Mine));

    [Fact]
    public void Marked_AddsTheMarker_OrNothingWithoutAnOwner()
    {
        var tags = new Dictionary<string, string> { ["team"] = "a" };
        Assert.Equal(new Dictionary<string, string> { ["team"] = "a", ["awsidentity:owner"] = Mine }, Ownership.Marked(tags, Mine));
        Assert.Same(tags, Ownership.Marked(tags, null));
        Assert.Single(tags);
    }

    [Fact]
    public void Hide_RemovesOnlyTheMarker()
    {
        Assert.Equal(new Dictionary<string, string> { ["team"] = "a" },
            Ownership.Hide(new Dictionary<string, string> { ["team"] = "a", [Ownership.TagKey] = Mine }));
        Assert.Empty(Ownership.Hide(new Dictionary<string, string> { [Ownership.TagKey] = Mine })!);
        Assert.Null(Ownership.Hide(null));
    }

    [Fact]
    public void Refusal_OwnedElsewhere_NamesTheObjectAndGivesNoImportHint()
    {
        var message = Ownership.Refusal(Ownership.Verdict.Elsewhere, "the association arn:x", "i-1:d-1:alice", "pulumi import t n").Message;
        Assert.StartsWith("the association arn:x already exists and is owned elsewhere", message);
        Assert.DoesNotContain("import", message);
    }

    [Fact]
    public void Refusal_Unmarked_GivesTheExactImportCommand()
    {
        var message = Ownership.Refusal(Ownership.Verdict.Unmarked, "the association arn:x", "i-1:d-1:alice",
            "pulumi import awsidentity:licensemanager:UserAssociation user").Message;
        Assert.StartsWith("the association arn:x already exists and was not created by this resource", message);
        Assert.EndsWith("import it to manage it here: `pulumi import awsidentity:licensemanager:UserAssociation user i-1:d-1:alice`", message);
        Assert.EndsWith("import it to manage it here (id i-1:d-1:alice)",
            Ownership.Refusal(Ownership.Verdict.Unmarked, "the association arn:x", "i-1:d-1:alice", null).Message);
    }

    [Fact]
    public void Refusal_OfAnOwnObject_IsAProgrammingError() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Ownership.Refusal(Ownership.Verdict.Own, "x", "id", null));

    [Fact]
    public void TagSyncPlan_NeverRemovesTheMarker_AndSetsItWhenWanted()
    {
        var live = new Dictionary<string, string> { ["team"] = "a", [Ownership.TagKey] = Mine };
        var (toSet, toRemove) = TagSync.Plan(live, new Dictionary<string, string> { ["cost"] = "1" });
        Assert.Equal(["team"], toRemove);
        Assert.Equal(new Dictionary<string, string> { ["cost"] = "1" }, toSet);

        (toSet, toRemove) = TagSync.Plan(new Dictionary<string, string> { ["team"] = "a" }, Ownership.Marked(new Dictionary<string, string> { ["team"] = "a" }, Mine));
        Assert.Empty(toRemove);
        Assert.Equal(new Dictionary<string, string> { [Ownership.TagKey] = Mine }, toSet);
    }

    [Fact]
    public void OwnTags_OfMarkedLiveTags_HideTheMarkerOnceHidden() =>
        Assert.Equal(new SortedDictionary<string, string> { ["team"] = "a" },
            TagSync.OwnTags(Ownership.Hide(new Dictionary<string, string> { ["team"] = "a", [Ownership.TagKey] = Mine }), null, null));
}
