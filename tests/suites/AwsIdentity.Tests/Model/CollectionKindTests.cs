using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Model;

public sealed class CollectionKindTests
{
    private static readonly Kind<IReadOnlyList<string>> TwoShort = Kinds.ListOf(Kinds.Text(1, 3), maxItems: 2);
    private static readonly MapKind<string> Map3 = Kinds.MapOf(Kinds.Text(1, 3), maxEntries: 3,
        keyRule: k => k.StartsWith('x') ? "no x keys" : null);

    private static List<ValidationFailure> ReadFailures<T>(Kind<T> kind, PropertyValue value)
    {
        var failures = new List<ValidationFailure>();
        kind.Read(value, Path("p"), failures);
        return failures;
    }

    private static List<ValidationFailure> CheckFailures(Kind kind, PropertyValue value)
    {
        var failures = new List<ValidationFailure>();
        kind.Check(value, Path("p"), failures);
        return failures;
    }

    private static string[] Paths(IEnumerable<ValidationFailure> failures) => [.. failures.Select(f => f.Path.ToString())];

    [Fact]
    public void ListKind_ValidItems_ReadsInOrder() =>
        Assert.Equal(["b", "a"], TwoShort.Decode(Strings("b", "a")));

    [Fact]
    public void ListKind_BadItems_FailsAtEachIndex() =>
        Assert.Equal(["p[0]", "p[1]"], Paths(ReadFailures(TwoShort, Arr(S(""), N(1)))));

    [Fact]
    public void ListKind_TooMany_FailsAtList()
    {
        var failure = Assert.Single(ReadFailures(TwoShort, Strings("a", "b", "c")));
        Assert.Equal("p", failure.Path.ToString());
        Assert.Equal("at most 2 items are allowed, got 3", failure.Reason);
    }

    [Fact]
    public void ListKind_NotAList_Fails() =>
        Assert.Equal("expected a list, got string", Assert.Single(ReadFailures(TwoShort, S("a"))).Reason);

    [Fact]
    public void ListKind_CheckWithUnknownItem_ValidatesTheKnownOnes()
    {
        Assert.Empty(CheckFailures(TwoShort, Arr(Unknown, S("ok"))));
        Assert.Equal(["p[1]"], Paths(CheckFailures(TwoShort, Arr(Unknown, S("long")))));
        Assert.Equal(["p"], Paths(CheckFailures(TwoShort, Arr(Unknown, Unknown, Unknown))));
        Assert.Empty(CheckFailures(TwoShort, Unknown));
    }

    [Fact]
    public void MapKind_Valid_ReadsAllEntries()
    {
        var map = Map3.Decode(Secret(Obj(("a", S("1")), ("b", Secret(S("2"))))));
        Assert.Equal(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" }, map);
    }

    [Fact]
    public void MapKind_BadKeysAndValues_FailsAtEachEntry()
    {
        var failures = ReadFailures(Map3, Obj(("x.y", S("1")), ("ok", S("long")), ("z", S("ok"))));
        Assert.Equal(["p[\"x.y\"]", "p.ok"], Paths(failures));
        Assert.Equal("no x keys", failures[0].Reason);
    }

    [Fact]
    public void MapKind_TooManyEntries_FailsAtMap() =>
        Assert.Equal("at most 3 entries are allowed, got 4",
            Assert.Single(ReadFailures(Map3, Map(4, i => $"k{i}", _ => "v"))).Reason);

    [Fact]
    public void MapKind_CheckWithUnknownValue_StillChecksKeysAndKnownValues()
    {
        Assert.Empty(CheckFailures(Map3, Obj(("a", Unknown))));
        Assert.Equal(["p.xa", "p.b"], Paths(CheckFailures(Map3, Obj(("xa", Unknown), ("b", S("long"))))));
    }

    [Fact]
    public void MapKind_Write_GivesObject() =>
        Assert.Equal(Map(("a", "1")), Map3.Write(new Dictionary<string, string> { ["a"] = "1" }));
}
