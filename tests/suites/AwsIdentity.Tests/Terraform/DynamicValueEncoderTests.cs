using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Terraform.Schema;
using AwsIdentity.Provider.Terraform.Values;
using static AwsIdentity.Tests.Terraform.TfValues;

namespace AwsIdentity.Tests.Terraform;

public sealed class DynamicValueEncoderTests
{
    private static readonly TfObject Pair = TfType.Object([new("a", TfType.String), new("b", TfType.Number)]);

    private static string Encode(PropertyValue value, TfType type) => Hex(DynamicValueEncoder.Encode(value, type).Expect());

    [Fact]
    public void Unknown_IsD40000() => Assert.Equal("d4 00 00", Encode(Unknown, TfType.String));

    [Fact]
    public void Object_EveryAttributePresent_NullAsNil()
    {
        Assert.Equal("82 a1 61 a1 78 a1 62 c0", Encode(O(("a", S("x"))), Pair));
        Assert.Equal("82 a1 61 c0 a1 62 c0", Encode(O(), Pair));
        Assert.Equal("82 a1 61 d4 00 00 a1 62 2a", Encode(O(("a", Unknown), ("b", N(42))), Pair));
    }

    [Theory]
    [InlineData(0, "00")]
    [InlineData(127, "7f")]
    [InlineData(-1, "ff")]
    [InlineData(-32, "e0")]
    [InlineData(-33, "d0 df")]
    [InlineData(200, "cc c8")]
    [InlineData(300, "cd 01 2c")]
    [InlineData(-300, "d1 fe d4")]
    [InlineData(70000, "ce 00 01 11 70")]
    [InlineData(-70000, "d2 ff fe ee 90")]
    [InlineData(1099511627776, "cf 00 00 01 00 00 00 00 00")]
    [InlineData(-1099511627776, "d3 ff ff ff 00 00 00 00 00")]
    [InlineData(1.5, "cb 3f f8 00 00 00 00 00 00")]
    public void Numbers_NarrowestForm(double value, string hex) => Assert.Equal(hex, Encode(N(value), TfType.Number));

    [Fact]
    public void LongStrings_UseStr8And16()
    {
        Assert.StartsWith("d9 20 61", Encode(S(new string('a', 32)), TfType.String));
        Assert.StartsWith("da 01 00 61", Encode(S(new string('a', 256)), TfType.String));
        Assert.StartsWith("dc 00 10", Encode(A([.. Enumerable.Repeat(Null, 16)]), TfType.List(TfType.String)));
    }

    [Fact]
    public void Secrets_AreRevealed() =>
        Assert.Equal(Encode(O(("a", S("k"))), Pair), Encode(O(("a", PropertyValue.Secret(S("k")))), Pair));

    [Fact]
    public void Blocks_AbsentListsAreEmpty_SingleIsNil_GroupIsAnObject()
    {
        var inner = new TfBlock("", [new TfAttribute("x", "") { Type = TfType.String, Optional = true }], []);
        var block = new TfBlock("", [], [
            new TfNestedBlock("g", TfNesting.Group, inner), new TfNestedBlock("l", TfNesting.List, inner),
            new TfNestedBlock("m", TfNesting.Map, inner), new TfNestedBlock("s", TfNesting.Single, inner),
            new TfNestedBlock("t", TfNesting.Set, inner)]);
        Assert.Equal("85 a1 67 81 a1 78 c0 a1 6c 90 a1 6d 80 a1 73 c0 a1 74 90", Hex(DynamicValueEncoder.Encode(O(), block).Expect()));
        var full = O(("l", A(O(("x", S("1"))))), ("m", O(("k", O()))), ("s", O(("x", S("2")))));
        var bytes = DynamicValueEncoder.Encode(full, block).Expect();
        Assert.Equal(full.With("g", O(("x", Null))).With("t", A()).With("m", O(("k", O(("x", Null)))))
                .With("l", A(O(("x", S("1"))))).With("s", O(("x", S("2")))),
            DynamicValueDecoder.Decode(bytes, block).Expect());
    }

    [Fact]
    public void Mismatches_AreLocatedErrors()
    {
        var type = TfType.Object([new("tags", TfType.Map(TfType.String)), new("subnets", TfType.List(TfType.String))]);
        Assert.Equal("tags[\"k\"]: expected a string, got number",
            DynamicValueEncoder.Encode(O(("tags", O(("k", N(1))))), type).Error!.ToString());
        Assert.Equal("subnets[1]: expected a string, got boolean",
            DynamicValueEncoder.Encode(O(("subnets", A(S("a"), B(true)))), type).Error!.ToString());
        Assert.Equal("unsupported attribute \"extra\"", DynamicValueEncoder.Encode(O(("extra", Null)), type).Error!.Message);
        Assert.Equal("expected an object, got string", DynamicValueEncoder.Encode(S("x"), type).Error!.Message);
    }

    public static TheoryData<string, PropertyValue> RoundTrips() => new()
    {
        { "\"string\"", S("héllo ✓") },
        { "\"string\"", S(new string('z', 70_000)) },
        { "\"number\"", N(-12345.625) },
        { "\"number\"", N(double.MaxValue) },
        { "\"number\"", N(18446744073709551615) },
        { "\"bool\"", B(true) },
        { "[\"list\",\"string\"]", A(S("a"), Null, Unknown) },
        { "[\"set\",\"number\"]", A(N(1), N(2)) },
        { "[\"map\",[\"list\",\"bool\"]]", O(("x", A(B(false))), ("y z", Null)) },
        { "[\"object\",{\"a\":\"string\",\"b\":\"number\"}]", O(("a", Unknown), ("b", N(3))) },
        { "[\"list\",\"string\"]", Null },
    };

    private static TfType TypeOf(string json) => json switch
    {
        "\"string\"" => TfType.String,
        "\"number\"" => TfType.Number,
        "\"bool\"" => TfType.Bool,
        "[\"list\",\"string\"]" => TfType.List(TfType.String),
        "[\"set\",\"number\"]" => TfType.Set(TfType.Number),
        "[\"map\",[\"list\",\"bool\"]]" => TfType.Map(TfType.List(TfType.Bool)),
        _ => Pair,
    };

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public void EveryType_RoundTrips(string typeJson, PropertyValue value)
    {
        var type = TypeOf(typeJson);
        Assert.Equal(typeJson, type.ToJson());
        Assert.Equal(value, DynamicValueDecoder.Decode(DynamicValueEncoder.Encode(value, type).Expect(), type).Expect());
    }

    [Fact]
    public void TypeJson_ObjectWithOptionalAttributes() =>
        Assert.Equal("[\"object\",{\"a\":\"string\",\"b\":[\"set\",\"bool\"]},[\"b\"]]",
            TfType.Object([new("b", TfType.Set(TfType.Bool)), new("a", TfType.String)], ["b"]).ToJson());
}
