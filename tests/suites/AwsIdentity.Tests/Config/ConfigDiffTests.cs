using AwsIdentity.Tests.Support;
using DiffKind = Pulumirpc.PropertyDiff.Types.Kind;
using AwsIdentity.Core.Config;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Config;

public sealed class ConfigDiffTests
{
    private static readonly ObjectValue East = Obj(("region", S("us-east-1")), ("maxRetries", N(3)));

    [Fact]
    public void Diff_RegionChanged_ReplacesWithUpdateReplace()
    {
        var diff = ConfigDiff.Diff(East, East.With("region", S("eu-west-1")), []);
        Assert.True(diff.HasChanges);
        Assert.Equal(["region"], diff.ReplaceKeys);
        Assert.Equal((DiffKind.UpdateReplace, true), diff.Changes.Pulumi()["region"]);
        Assert.False(diff.DeleteFirst);
    }

    [Fact]
    public void Diff_RegionBecomesUnknown_Replaces() =>
        Assert.Equal(["region"], ConfigDiff.Diff(East, East.With("region", Unknown), []).ReplaceKeys);

    [Fact]
    public void Diff_SecretRegionSameValue_NoChange() =>
        Assert.False(ConfigDiff.Diff(East, East.With("region", Secret(S("us-east-1"))), []).HasChanges);

    [Fact]
    public void Diff_NoOldRegion_InPlace() =>
        Assert.Empty(ConfigDiff.Diff(East.Without("region"), East, []).ReplaceKeys);

    [Fact]
    public void Diff_RegionRemoved_InPlace() =>
        Assert.Empty(ConfigDiff.Diff(East, East.Without("region"), []).ReplaceKeys);

    [Fact]
    public void Diff_RegionIgnored_NoChange() =>
        Assert.False(ConfigDiff.Diff(East, East.With("region", S("eu-west-1")), ["region"]).HasChanges);

    [Fact]
    public void Diff_EndpointsProfileAndKeys_InPlace()
    {
        var news = East.With("endpoints", Obj(("eks", S("https://eks.example.com")))).With("profile", S("other"))
            .With("accessKey", Secret(S("AKIANEW"))).With("secretKey", Secret(S("new")));
        var diff = ConfigDiff.Diff(East, news, []);
        Assert.True(diff.HasChanges);
        Assert.Empty(diff.ReplaceKeys);
    }

    [Fact]
    public void Diff_SameValueAsTextOrDecoded_NoChange()
    {
        var text = Obj(("region", S("us-east-1")), ("maxRetries", S("3")), ("endpoints", S("""{"eks":"https://e.example.com"}""")));
        var decoded = Obj(("region", S("us-east-1")), ("maxRetries", N(3)), ("endpoints", Obj(("eks", S("https://e.example.com")))));
        Assert.False(ConfigDiff.Diff(decoded, text, []).HasChanges);
    }
}
