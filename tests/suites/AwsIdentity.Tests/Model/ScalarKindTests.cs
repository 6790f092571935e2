using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Model;

public sealed class ScalarKindTests
{
    private static (T? Value, List<ValidationFailure> Failures) Read<T>(Kind<T> kind, PropertyValue value)
    {
        var failures = new List<ValidationFailure>();
        return (kind.Read(value, Path("p"), failures), failures);
    }

    [Fact]
    public void StringKind_SecretString_Unwraps() => Assert.Equal("s", Read(Kinds.String, Secret(S("s"))).Value);

    [Fact]
    public void StringKind_Number_FailsWithKinds()
    {
        var (_, failures) = Read(Kinds.String, N(1));
        var failure = Assert.Single(failures);
        Assert.Equal("p", failure.Path.ToString());
        Assert.Equal("expected a string, got number", failure.Reason);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void BoolKind_BoolOrConfigString_Reads(object input, bool expected)
    {
        var value = input is bool b ? B(b) : S((string)input);
        var (result, failures) = Read(Kinds.Bool, value);
        Assert.Empty(failures);
        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("True")]
    [InlineData("1")]
    public void BoolKind_OtherString_Fails(string text) => Assert.Single(Read(Kinds.Bool, S(text)).Failures);

    [Theory]
    [InlineData(0d, 0)]
    [InlineData(100d, 100)]
    [InlineData("7", 7)]
    public void IntegerKind_WholeNumberInRange_Reads(object input, int expected)
    {
        var value = input is double d ? N(d) : S((string)input);
        var (result, failures) = Read(Kinds.Integer(0, 100), value);
        Assert.Empty(failures);
        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData(-1d)]
    [InlineData(101d)]
    [InlineData(2.5d)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e300)]
    public void IntegerKind_OutOfRangeOrFraction_Fails(double number)
    {
        var failure = Assert.Single(Read(Kinds.Integer(0, 100), N(number)).Failures);
        Assert.Contains("whole number from 0 to 100", failure.Reason);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("")]
    public void IntegerKind_NonNumericString_Fails(string text) => Assert.Single(Read(Kinds.Integer(0, 100), S(text)).Failures);

    [Fact]
    public void OneOf_ExactMember_PassesAndOtherCaseFails()
    {
        var kind = Kinds.OneOf("SELF_MANAGED", "AWS_MANAGED");
        Assert.Empty(Read(kind, S("AWS_MANAGED")).Failures);
        var failure = Assert.Single(Read(kind, S("aws_managed")).Failures);
        Assert.Contains("SELF_MANAGED, AWS_MANAGED", failure.Reason);
        Assert.Contains("\"aws_managed\"", failure.Reason);
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("abcd", "must be at most 3 characters, got 4")]
    public void Text_OutsideLength_FailsWithReason(string text, string reason) =>
        Assert.Equal(reason, Assert.Single(Read(Kinds.Text(1, 3), S(text)).Failures).Reason);

    [Fact]
    public void Where_InnerFails_RuleNotApplied()
    {
        var calls = 0;
        var kind = Kinds.String.Where(_ => { calls++; return "rule"; });
        Assert.Single(Read(kind, N(1)).Failures);
        Assert.Equal(0, calls);
        Assert.Equal("rule", Assert.Single(Read(kind, S("x")).Failures).Reason);
    }

    [Fact]
    public void Check_Unknown_PassesButDecodeFails()
    {
        var failures = new List<ValidationFailure>();
        Kinds.Text(1, 3).Check(Unknown, Path("p"), failures);
        Kinds.Integer(0, 1).Check(Secret(Unknown), Path("p"), failures);
        Assert.Empty(failures);
        var ex = Assert.Throws<InvalidPropertiesException>(() => Kinds.Text(1, 3).Decode(Unknown));
        Assert.Contains("not known yet", Assert.Single(ex.Failures).Reason);
    }

    [Theory]
    [InlineData("string")]
    [InlineData("integer")]
    [InlineData("boolean")]
    public void Decode_Unknown_ReasonReadsWithoutDoubledArticle(string kindName)
    {
        Kind<string> dummy = Kinds.String;
        var ex = kindName switch
        {
            "string" => Assert.Throws<InvalidPropertiesException>(() => dummy.Decode(Unknown)),
            "integer" => Assert.Throws<InvalidPropertiesException>(() => Kinds.Integer(0, 1).Decode(Unknown)),
            _ => Assert.Throws<InvalidPropertiesException>(() => Kinds.Bool.Decode(Unknown)),
        };
        var reason = Assert.Single(ex.Failures).Reason;
        Assert.DoesNotContain("known a ", reason);
        Assert.DoesNotContain("known an ", reason);
    }

    [Fact]
    public void ValidationFailure_ToString_PrefixesPathUnlessRoot()
    {
        Assert.Equal("a.b: bad", new ValidationFailure(Path("a", "b"), "bad").ToString());
        Assert.Equal("bad", new ValidationFailure(PropertyPath.Root, "bad").ToString());
    }
}
