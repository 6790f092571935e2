using AwsIdentity.Core.Values;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Values;

public sealed class PropertyValueNavigationTests
{
    private static readonly ObjectValue Root = Obj(
        ("a", Obj(("b", Arr(S("x"), Obj(("c", N(1))))))),
        ("s", Secret(Obj(("inner", S("hidden"))))));

    [Fact]
    public void At_ExistingPaths_ReturnsValues()
    {
        Assert.Equal(S("x"), Root.At(Path("a", "b", 0)));
        Assert.Equal(N(1), Root.At(Path("a", "b", 1, "c")));
        Assert.Equal(Root, Root.At(PropertyPath.Root));
    }

    [Fact]
    public void At_ThroughSecret_LooksThrough() => Assert.Equal(S("hidden"), Root.At(Path("s", "inner")));

    [Theory]
    [InlineData("missing")]
    [InlineData("a.b[2]")]
    [InlineData("a.b[-1]")]
    [InlineData("a.b.c")]
    [InlineData("a[0]")]
    public void At_MissingPath_ReturnsNull(string text)
    {
        Assert.True(PropertyPathParser.TryParse(text, out var path));
        Assert.Null(Root.At(path));
    }

    [Fact]
    public void WithValueAt_NestedKey_ReplacesOnlyThatValue()
    {
        var updated = Root.WithValueAt(Path("a", "b", 1, "c"), N(2));
        Assert.Equal(N(2), updated.At(Path("a", "b", 1, "c")));
        Assert.Equal(S("x"), updated.At(Path("a", "b", 0)));
        Assert.Equal(Root["s"], ((ObjectValue)updated)["s"]);
    }

    [Fact]
    public void WithValueAt_Null_RemovesKey()
    {
        var updated = (ObjectValue)Root.WithValueAt(Path("a"), null);
        Assert.Equal(["s"], Keys(updated));
    }

    [Fact]
    public void WithValueAt_MissingParents_CreatesObjects() =>
        Assert.Equal(Obj(("x", Obj(("y", S("v"))))), ObjectValue.Empty.WithValueAt(Path("x", "y"), S("v")));

    [Fact]
    public void WithValueAt_InsideSecret_KeepsSecretWrapper()
    {
        var updated = Root.WithValueAt(Path("s", "inner"), S("new"));
        Assert.Equal(Secret(Obj(("inner", S("new")))), ((ObjectValue)updated)["s"]);
    }

    [Fact]
    public void WithValueAt_ArrayIndexOutOfRange_LeavesValueUnchanged() =>
        Assert.Equal(Root, Root.WithValueAt(Path("a", "b", 5), S("z")));

    [Fact]
    public void CarrySecrets_SecretPathsInSource_WrapsTargetValues()
    {
        var source = Obj(("pw", Secret(S("old"))), ("list", Arr(S("a"), Secret(S("b")))),
            ("obj", Obj(("k", Secret(S("v"))))), ("plain", S("p")));
        var target = Obj(("pw", S("new")), ("list", Arr(S("a2"), S("b2"), S("c2"))),
            ("obj", Obj(("k", S("v2")), ("extra", S("e")))), ("plain", S("p2")), ("computed", S("arn")));
        var expected = Obj(("pw", Secret(S("new"))), ("list", Arr(S("a2"), Secret(S("b2")), S("c2"))),
            ("obj", Obj(("k", Secret(S("v2"))), ("extra", S("e")))), ("plain", S("p2")), ("computed", S("arn")));
        Assert.Equal(expected, target.CarrySecrets(source));
    }

    [Fact]
    public void CarrySecrets_SecretObjectInSource_WrapsWholeTargetObject()
    {
        var carried = Obj(("cfg", Obj(("a", S("1"))))).CarrySecrets(Obj(("cfg", Secret(Obj(("a", S("0")))))));
        Assert.Equal(Obj(("cfg", Secret(Obj(("a", S("1")))))), carried);
    }

    [Fact]
    public void CarrySecrets_AlreadySecret_DoesNotDoubleWrap()
    {
        var carried = Obj(("pw", Secret(S("x")))).CarrySecrets(Obj(("pw", Secret(S("y")))));
        Assert.Equal(Obj(("pw", Secret(S("x")))), carried);
        Assert.IsNotType<SecretValue>(((SecretValue)carried["pw"]!).Inner);
    }
}
