using AwsIdentity.Provider.Host;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using Pulumirpc;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Host;

public sealed class ProtocolMappingTests
{
    [Theory]
    [InlineData(ChangeKind.Add, false, PropertyDiff.Types.Kind.Add)]
    [InlineData(ChangeKind.Add, true, PropertyDiff.Types.Kind.AddReplace)]
    [InlineData(ChangeKind.Delete, false, PropertyDiff.Types.Kind.Delete)]
    [InlineData(ChangeKind.Delete, true, PropertyDiff.Types.Kind.DeleteReplace)]
    [InlineData(ChangeKind.Update, false, PropertyDiff.Types.Kind.Update)]
    [InlineData(ChangeKind.Update, true, PropertyDiff.Types.Kind.UpdateReplace)]
    public void ToDiffResponse_EachChange_MapsToPulumiKind(ChangeKind kind, bool replaces, PropertyDiff.Types.Kind expected)
    {
        var diff = new ChangePlan(["oidc"], ["oidc"], new Dictionary<string, PropertyChange> { ["oidc.clientId"] = new(kind, replaces, false) }, true);
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
        var response = ProtocolMapping.ToDiffResponse(new ChangePlan([], [], new Dictionary<string, PropertyChange>(), false));
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
