using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Model;

/// <summary>Kinds.SetOf (Model/SetKind.cs): validated as a list, decoded and written in one canonical order.</summary>
public sealed class SetKindTests
{
    private static readonly SetKind<string> Subnets = NetworkSettings.SubnetsKind;

    private static List<ValidationFailure> CheckFailures(Kind kind, PropertyValue value)
    {
        var failures = new List<ValidationFailure>();
        kind.Check(value, Path("subnets"), failures);
        return failures;
    }

    [Fact]
    public void Read_ReorderedWithDuplicates_DistinctMembersInCanonicalOrder() =>
        Assert.Equal(["subnet-a", "subnet-b"], Subnets.Decode(Strings("subnet-b", "subnet-a", "subnet-b")));

    [Fact]
    public void Write_AnyOrder_SameCanonicalValue()
    {
        Assert.Equal(Strings("subnet-a", "subnet-b"), Subnets.Write(["subnet-b", "subnet-a", "subnet-a"]));
        Assert.Equal(Subnets.Write(["subnet-a", "subnet-b"]), Subnets.Write(["subnet-b", "subnet-a"]));
    }

    [Fact]
    public void Check_BadMember_FailsAtItsIndex()
    {
        var failure = Assert.Single(CheckFailures(Subnets, Strings("subnet-a", "sg-1")));
        Assert.Equal("subnets[1]", failure.Path.ToString());
        Assert.Contains("must be a subnet id", failure.Reason);
    }

    [Fact]
    public void Check_NestedInARecord_FailsAtThePropertysIndex() =>
        Assert.Equal(["settings.subnets[0]"], Validation.Paths(Validation.Check(NetworkedArgs.Shape,
            Obj(("name", S("n")), ("settings", Obj(("subnets", Strings("x", "subnet-a")), ("securityGroupId", S("sg-1"))))))));

    [Fact]
    public void Check_TooMany_FailsAtTheSet()
    {
        var failure = Assert.Single(CheckFailures(Subnets, Strings("subnet-a", "subnet-b", "subnet-c", "subnet-d")));
        Assert.Equal("subnets", failure.Path.ToString());
        Assert.Contains("at most 3 items", failure.Reason);
    }

    [Fact]
    public void Check_UnknownMember_PassesAndOthersAreChecked()
    {
        Assert.Empty(CheckFailures(Subnets, Arr(Unknown, S("subnet-a"))));
        Assert.Equal("subnets[1]", Assert.Single(CheckFailures(Subnets, Arr(Unknown, S("bad")))).Path.ToString());
    }

    [Fact]
    public void Changes_AddedAndRemovedMembers_IgnoreOrderAndDuplicates()
    {
        var (added, removed) = Subnets.Changes(["subnet-b", "subnet-a"], ["subnet-c", "subnet-b", "subnet-c"]);
        Assert.Equal(["subnet-c"], added);
        Assert.Equal(["subnet-a"], removed);
        Assert.Equal((0, 0), Subnets.Changes(["subnet-a", "subnet-b"], ["subnet-b", "subnet-a"]) is var (a, r) ? (a.Count, r.Count) : default);
        Assert.Equal(["subnet-a"], Subnets.Changes(null, ["subnet-a"]).Added);
    }

    [Fact]
    public void Type_IsASetOfTheItemsType() =>
        Assert.Equal(new SetTypeDescription(new ScalarTypeDescription(ScalarType.String)), Subnets.Type);

    [Fact]
    public void Members_SecretMemberSortsByItsValueAndStaysSecret()
    {
        var canonical = (ArrayValue)SetMembers.Canonical(Arr(Secret(S("b")), S("a")));
        Assert.Equal(Arr(S("a"), Secret(S("b"))), canonical);
        Assert.True(SetMembers.Same(Arr(S("b"), S("a")), Arr(S("a"), Secret(S("b")), S("a"))));
    }

    [Fact]
    public void Members_WithUnknowns_NeverTheSameAndLeftAsTheyAre()
    {
        Assert.Equal(Arr(S("b"), Unknown), SetMembers.Canonical(Arr(S("b"), Unknown)));
        Assert.False(SetMembers.Same(Arr(Unknown), Arr(Unknown)));
    }

    [Fact]
    public void Property_ComputedAndRequired_Refused() =>
        Assert.Throws<ArgumentException>(() => new RecordShape<NetworkedArgs>("t:t:T", "T")
            .Property("name", Kinds.String, a => a.Name, (a, v) => a with { Name = v }, "Name.", required: true, computed: true));

    [Fact]
    public void Property_Computed_KeptThroughInclude()
    {
        Assert.True(NetworkedArgs.Shape.Find("settings")!.Computed);
        Assert.True(NetworkedState.Shape.Find("settings")!.Computed);
        Assert.False(NetworkedState.Shape.Find("name")!.Computed);
    }
}
