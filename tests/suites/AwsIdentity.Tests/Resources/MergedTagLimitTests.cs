using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;

namespace AwsIdentity.Tests.Resources;

/// <summary>
/// The tags a resource sends to AWS are tagsAll, its own tags over the provider's defaultTags, plus the ownership
/// marker (README "Ownership"): AWS allows 50, so the merge may hold 49. Each side alone is checked by the model;
/// Check also catches a merge over the limit before anything is created.
/// </summary>
public sealed class MergedTagLimitTests
{
    private static (string, string)[] Defaults(int n) => Enumerable.Range(0, n).Select(i => ($"default-{i:D2}", "d")).ToArray();

    private static ObjectValue WithTags(ObjectValue inputs, int n, string prefix = "own") =>
        inputs.With("tags", ObjectValue.From(Enumerable.Range(0, n).Select(i => KeyValuePair.Create($"{prefix}-{i:D2}", PropertyValue.Of("v")))));

    [Fact]
    public void Check_MergeOverFortyNine_FailsOnTags_NamingTheCount()
    {
        var handler = Handlers.User(Handlers.WithDefaultTags(Defaults(30)));
        var result = handler.Check(new CheckRequest(ObjectValue.Empty, WithTags(Samples.UserInputs(), 20)));
        var failure = Assert.Single(result.Failures);
        Assert.Equal("tags", failure.Path.ToString());
        Assert.Contains("50 tags", failure.Reason);
        Assert.Contains("defaultTags", failure.Reason);
    }

    [Fact]
    public void Check_MergeOfFortyNine_AndOverlappingKeys_Pass()
    {
        Assert.Empty(Handlers.Eks(Handlers.WithDefaultTags(Defaults(30))).Check(
            new CheckRequest(ObjectValue.Empty, WithTags(Samples.EksInputs(), 19))).Failures);
        // A resource tag that overrides a default is one tag, not two.
        Assert.Empty(Handlers.User(Handlers.WithDefaultTags(Defaults(40))).Check(
            new CheckRequest(ObjectValue.Empty, WithTags(Samples.UserInputs(), 40, "default"))).Failures);
    }

    [Fact]
    public void Check_UnknownTagsInPreview_AreNotCounted()
    {
        var news = Samples.UserInputs().With("tags", PropertyValue.Unknown);
        Assert.Empty(Handlers.User(Handlers.WithDefaultTags(Defaults(49))).Check(new CheckRequest(ObjectValue.Empty, news)).Failures);
    }
}
