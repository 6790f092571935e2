using AwsIdentity.Core.Config;
using AwsIdentity.Core.Values;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Config;

public sealed class EffectiveRegionTests
{
    private static ObjectValue Checked(ObjectValue news, Func<ProviderConfig, string?> resolve)
    {
        var (inputs, failures) = ConfigChecker.Check(news, resolve);
        Assert.Empty(failures);
        return inputs;
    }

    [Fact]
    public void Check_NoRegion_RecordsTheResolvedOne() =>
        Assert.Equal(S("eu-west-1"), Checked(Obj(("maxRetries", S("3"))), _ => "eu-west-1")["region"]);

    [Fact]
    public void Check_RegionSet_KeptAndNotResolved() =>
        Assert.Equal(S("us-east-1"), Checked(Obj(("region", S("us-east-1"))), _ => throw new InvalidOperationException("resolved"))["region"]);

    [Fact]
    public void Check_RegionUnknown_StaysUnknown() =>
        Assert.Equal(Unknown, Checked(Obj(("region", Unknown)), _ => "eu-west-1")["region"]);

    [Fact]
    public void Check_NothingResolves_NoRegionAdded() =>
        Assert.Null(Checked(ObjectValue.Empty, _ => null)["region"]);

    [Fact]
    public void Check_ProfileUnknown_NoRegionAdded() =>
        Assert.Null(Checked(Obj(("profile", Unknown)), _ => "eu-west-1")["region"]);

    [Fact]
    public void Check_Profile_PassedToTheResolver()
    {
        string? seen = null;
        Checked(Obj(("profile", S("ops"))), c => { seen = c.Profile; return "ap-south-1"; });
        Assert.Equal("ops", seen);
    }

    [Fact]
    public void Check_ResolverFails_NoRegionAdded() =>
        Assert.Null(Checked(Obj(("profile", S("broken"))), _ => throw new ArgumentException("bad profile file"))["region"]);

    [Fact]
    public void Check_WithFailures_NoRegionAdded()
    {
        var (inputs, failures) = ConfigChecker.Check(Obj(("maxRetries", S("500"))), _ => "eu-west-1");
        Assert.NotEmpty(failures);
        Assert.Null(inputs["region"]);
    }
}
