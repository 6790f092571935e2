using AwsIdentity.Provider.Host;
using AwsIdentity.Provider.Model;
using AwsIdentity.Provider.Resources;
using AwsIdentity.Provider.Values;
using Pulumirpc;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Host;

public sealed class ProtocolMappingTests
{
    [Theory]
    [InlineData(DiffKind.Add, PropertyDiff.Types.Kind.Add)]
    [InlineData(DiffKind.AddReplace, PropertyDiff.Types.Kind.AddReplace)]
    [InlineData(DiffKind.Delete, PropertyDiff.Types.Kind.Delete)]
    [InlineData(DiffKind.DeleteReplace, PropertyDiff.Types.Kind.DeleteReplace)]
    [InlineData(DiffKind.Update, PropertyDiff.Types.Kind.Update)]
    [InlineData(DiffKind.UpdateReplace, PropertyDiff.Types.Kind.UpdateReplace)]
    public void ToDiffResponse_EachKind_MapsToSameNamedProtoKind(DiffKind kind, PropertyDiff.Types.Kind expected)
    {
        var diff = new DiffResult(true, ["oidc"], ["oidc"], new Dictionary<string, (DiffKind, bool)> { ["oidc.clientId"] = (kind, false) }, true);
        var response = ProtocolMapping.ToDiffResponse(diff);
        Assert.Equal(expected, response.DetailedDiff["oidc.clientId"].Kind);
        Assert.False(response.DetailedDiff["oidc.clientId"].InputDiff);
        Assert.True(response.HasDetailedDiff);
        Assert.True(response.DeleteBeforeReplace);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, response.Changes);
        Assert.Equal(["oidc"], response.Replaces);
        Assert.Equal(["oidc"], response.Diffs);
    }

    [Fact]
    public void ToDiffResponse_NoChanges_DiffNoneStillDetailed()
    {
        var response = ProtocolMapping.ToDiffResponse(new DiffResult(false, [], [], new Dictionary<string, (DiffKind, bool)>(), false));
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, response.Changes);
        Assert.True(response.HasDetailedDiff);
        Assert.Empty(response.DetailedDiff);
    }

    [Fact]
    public void ToCheckResponse_NestedFailure_TopLevelPropertyAndPrintedPathInReason()
    {
        var inputs = Obj(("tags", Map(("a.b", "x"))), ("secret", Secret(S("s"))));
        var response = ProtocolMapping.ToCheckResponse(inputs, [new ValidationFailure(Path("tags", "a.b"), "bad")]);
        var failure = Assert.Single(response.Failures);
        Assert.Equal("tags", failure.Property);
        Assert.Equal("tags[\"a.b\"]: bad", failure.Reason);
        Assert.Equal(inputs, StructCodec.Decode(response.Inputs));
    }

    [Fact]
    public void ToCheckResponse_TopLevelFailure_RawKeyAndReasonAsIs()
    {
        var response = ProtocolMapping.ToCheckResponse(ObjectValue.Empty, [new ValidationFailure(Path("a.b"), "unknown property")]);
        var failure = Assert.Single(response.Failures);
        Assert.Equal("a.b", failure.Property); // the engine's inputs[property] takes the key itself
        Assert.Equal("unknown property", failure.Reason);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(-5, null)]
    [InlineData(90, 90)]
    public void Timeout_Seconds_NullWhenNotPositive(double seconds, int? expected) =>
        Assert.Equal(expected is { } s ? TimeSpan.FromSeconds(s) : null, ProtocolMapping.Timeout(seconds));
}
