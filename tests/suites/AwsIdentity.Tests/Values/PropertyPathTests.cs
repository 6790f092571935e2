using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Values;

public sealed class PropertyPathTests
{
    public static TheoryData<string, object[]> Printed => new()
    {
        { "oidc.issuerUrl", ["oidc", "issuerUrl"] },
        { "subnets[0]", ["subnets", 0] },
        { "a[3].b_c.$d", ["a", 3, "b_c", "$d"] },
        { "tags[\"a.b\"]", ["tags", "a.b"] },
        { "tags[\"with \\\"quote\\\"\"]", ["tags", "with \"quote\""] },
        // Pulumi escapes only quotes inside ["…"] (sdk/go/common/util JoinKey): a backslash stays as it is.
        { "tags[\"back\\slash\"]", ["tags", "back\\slash"] },
        { "tags[\"\"]", ["tags", ""] },
        { "m[\"0lead\"]", ["m", "0lead"] },
        { "m[\"ünï\"]", ["m", "ünï"] },
        { "[\"a b\"].c", ["a b", "c"] },
        { "[2][1]", [2, 1] },
    };

    [Theory]
    [MemberData(nameof(Printed))]
    public void ToString_Segments_PrintsPulumiPath(string expected, object[] segments) =>
        Assert.Equal(expected, Path(segments).ToString());

    [Theory]
    [MemberData(nameof(Printed))]
    public void Parse_PrintedPath_GivesSegments(string text, object[] segments)
    {
        Assert.True(PropertyPathParser.TryParse(text, out var parsed), text);
        Assert.Equal(Path(segments), parsed);
    }

    [Theory]
    [InlineData("]")]
    [InlineData("]x")]
    [InlineData("a\"]b")]
    [InlineData("x]")]
    [InlineData("[\"")]
    [InlineData("a\\b")]
    public void ParseToString_KeyWithBracketsQuotesBackslashes_RoundTrips(string key)
    {
        var path = Path("tags", key);
        Assert.True(PropertyPathParser.TryParse(path.ToString(), out var parsed), path.ToString());
        Assert.Equal(path, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a..b")]
    [InlineData("a[")]
    [InlineData("a[x]")]
    [InlineData("a[\"unterminated]")]
    [InlineData(".")]
    public void Parse_Malformed_Fails(string text) => Assert.False(PropertyPathParser.TryParse(text, out _));

    [Fact]
    public void ParseToString_RandomPaths_RoundTrip()
    {
        for (var seed = 0; seed < 2000; seed++)
        {
            var path = new RandomValues(seed).Path();
            var text = path.ToString();
            Assert.True(PropertyPathParser.TryParse(text, out var parsed), $"seed {seed}: {text}");
            Assert.True(path.Equals(parsed), $"seed {seed}: {text} parsed as {parsed}");
        }
    }

    [Fact]
    public void Equals_SameSegments_EqualWithSameHash()
    {
        var a = PropertyPath.Of("a").Index(1).Key("b");
        var b = Path("a", 1, "b");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Path("a", "1", "b"));
    }

    [Fact]
    public void Head_Root_IsEmptyAndHeadIsFirstKey()
    {
        Assert.True(PropertyPath.Root.IsRoot);
        Assert.Equal("", PropertyPath.Root.Head);
        Assert.Equal("", PropertyPath.Root.ToString());
        Assert.Equal("oidc", Path("oidc", "clientId").Head);
    }
}
