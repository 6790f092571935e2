using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Terraform.Values;
using static AwsIdentity.Tests.Terraform.TfValues;

namespace AwsIdentity.Tests.Terraform;

public sealed class DynamicValueDecoderTests
{
    private static readonly TfObject Pair = TfType.Object([new("a", TfType.String), new("b", TfType.String)]);

    private static PropertyValue Decode(string hex, TfType type) => DynamicValueDecoder.Decode(Hex(hex), type).Expect();

    private static TfValueError Fails(string hex, TfType type) =>
        DynamicValueDecoder.Decode(Hex(hex), type).Error ?? throw new Xunit.Sdk.XunitException($"{hex} decoded");

    [Fact]
    public void Unknown_AsTerraformSendsIt() => Assert.Equal(Unknown, Decode("d4 00 00", TfType.String));

    [Fact]
    public void RefinedUnknown_Ext12_IsSkippedWhole()
    {
        // ext 8, 7 bytes, type 12: {1: false, 2: "p-"} (not null, string prefix "p-"), then the next attribute.
        Assert.Equal(Unknown, Decode("c7 07 0c 82 01 c2 02 a2 70 2d", TfType.String));
        Assert.Equal(O(("a", Unknown), ("b", S("x"))), Decode("82 a1 61 c7 07 0c 82 01 c2 02 a2 70 2d a1 62 a1 78", Pair));
    }

    [Theory]
    [InlineData("d5 05 00 01")]
    [InlineData("d6 7f 00 00 00 00")]
    [InlineData("d7 00 00 00 00 00 00 00 00 00")]
    [InlineData("d8 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00")]
    [InlineData("c8 00 01 00 ff")]
    [InlineData("c9 00 00 00 00 00")]
    public void EveryExtension_IsUnknown(string hex) => Assert.Equal(Unknown, Decode(hex, TfType.Number));

    [Theory]
    [InlineData("05", 5)]
    [InlineData("ff", -1)]
    [InlineData("e0", -32)]
    [InlineData("cc ff", 255)]
    [InlineData("cd 01 00", 256)]
    [InlineData("ce 00 01 00 00", 65536)]
    [InlineData("cf 00 00 00 01 00 00 00 00", 4294967296)]
    [InlineData("cf ff ff ff ff ff ff ff ff", 18446744073709551615)]
    [InlineData("d0 80", -128)]
    [InlineData("d1 80 00", -32768)]
    [InlineData("d2 80 00 00 00", -2147483648)]
    [InlineData("d3 ff ff ff ff ff ff ff fe", -2)]
    [InlineData("ca 3f c0 00 00", 1.5)]
    [InlineData("cb 3f f8 00 00 00 00 00 00", 1.5)]
    [InlineData("a4 31 2e 32 35", 1.25)]
    [InlineData("a6 2d 31 65 2b 32 30", -1e20)]
    public void Numbers_EveryEncoding(string hex, double expected) => Assert.Equal(N(expected), Decode(hex, TfType.Number));

    [Theory]
    [InlineData("a2 68 69")]
    [InlineData("d9 02 68 69")]
    [InlineData("da 00 02 68 69")]
    [InlineData("db 00 00 00 02 68 69")]
    [InlineData("c4 02 68 69")]
    public void Strings_EveryEncoding(string hex) => Assert.Equal(S("hi"), Decode(hex, TfType.String));

    [Fact]
    public void Scalars_NullAndBool()
    {
        Assert.Equal(Null, Decode("c0", TfType.Bool));
        Assert.Equal(B(true), Decode("c3", TfType.Bool));
        Assert.Equal(B(false), Decode("c2", TfType.Bool));
    }

    [Fact]
    public void Collections_ListsSetsMapsObjects()
    {
        Assert.Equal(A(S("a"), Null), Decode("92 a1 61 c0", TfType.List(TfType.String)));
        Assert.Equal(A(N(1), N(2)), Decode("dc 00 02 01 02", TfType.Set(TfType.Number)));
        Assert.Equal(O(("k", B(true))), Decode("de 00 01 a1 6b c3", TfType.Map(TfType.Bool)));
        Assert.Equal(O(("k", B(true))), Decode("df 00 00 00 01 a1 6b c3", TfType.Map(TfType.Bool)));
        Assert.Equal(A(), Decode("dd 00 00 00 00", TfType.List(TfType.String)));
    }

    [Fact]
    public void Object_MissingAttributes_AreNull() => Assert.Equal(O(("a", S("x")), ("b", Null)), Decode("81 a1 61 a1 78", Pair));

    [Fact]
    public void Errors_AreLocated()
    {
        var nested = TfType.Object([new("oidc", TfType.Object([new("client_id", TfType.String)])),
            new("tags", TfType.Map(TfType.String)), new("subnets", TfType.List(TfType.String))]);
        var error = Fails("81 a4 6f 69 64 63 81 a9 63 6c 69 65 6e 74 5f 69 64 07", nested);
        Assert.Equal("oidc.client_id: expected a string, got a number", error.ToString());
        Assert.Equal<TfPathStep>([new TfAttributeStep("oidc"), new TfAttributeStep("client_id")], error.Path.Steps);
        Assert.Equal("tags[\"k\"]: expected a string, got a bool", Fails("81 a4 74 61 67 73 81 a1 6b c3", nested).ToString());
        Assert.Equal<TfPathStep>([new TfAttributeStep("subnets"), new TfIndexStep(1)], Fails("81 a7 73 75 62 6e 65 74 73 92 a1 61 c2", nested).Path.Steps);
    }

    [Theory]
    [InlineData("a5 61 62", "the value ends early: truncated msgpack at byte 0")]
    [InlineData("", "the value ends early: truncated msgpack at byte 0")]
    [InlineData("db ff ff ff ff 61", "the value ends early: truncated msgpack at byte 0")]
    [InlineData("c7 05 0c 01", "the value ends early: truncated msgpack at byte 0")]
    [InlineData("c9 ff ff ff ff 00", "the value ends early: truncated msgpack at byte 0")]
    [InlineData("a2 c3 28", "the string is not valid UTF-8")]
    [InlineData("a1 61 a1 61", "2 unexpected bytes after the value")]
    [InlineData("c1", "expected a string, got the byte 0xc1, which starts no msgpack value")]
    [InlineData("93 a1 61", "expected a string, got an array")]
    public void BadInput_String(string hex, string message) => Assert.Equal(message, Fails(hex, TfType.String).Message);

    [Theory]
    [InlineData("dd ff ff ff ff c0 c0", "the value ends early: truncated msgpack at byte 0")]
    [InlineData("df ff ff ff ff c0 c0", "expected a list of string, got a map")]
    public void HugeDeclaredLengths_AreTruncation_NotAllocation(string hex, string message) =>
        Assert.Equal(message, Fails(hex, TfType.List(TfType.String)).Message);

    [Theory]
    [InlineData("a3 61 62 63", "expected a number, got the string \"abc\"")]
    [InlineData("a3 4e 61 4e", "expected a number, got the string \"NaN\"")]
    [InlineData("a5 31 65 34 30 30", "expected a number, got the string \"1e400\"")]
    public void BadNumberStrings(string hex, string message) => Assert.Equal(message, Fails(hex, TfType.Number).Message);

    [Fact]
    public void Objects_RejectStrangers_Duplicates_AndNonStringKeys()
    {
        Assert.Equal("unsupported attribute \"c\"", Fails("81 a1 63 c0", Pair).Message);
        Assert.Equal("a: the key appears twice", Fails("82 a1 61 c0 a1 61 c0", Pair).ToString());
        Assert.Equal("expected a string key, got a number", Fails("81 01 c0", Pair).Message);
        Assert.Equal("expected an object, got a string", Fails("a1 61", Pair).Message);
    }

    [Fact]
    public void DeepNesting_StopsAtTheType()
    {
        // 100,000 nested arrays for a list of strings: refused at the second level, in time linear in nothing.
        var bytes = Enumerable.Repeat((byte)0x91, 100_000).Append((byte)0xc0).ToArray();
        var error = DynamicValueDecoder.Decode(bytes, TfType.List(TfType.String)).Error!;
        Assert.Equal("[0]: expected a string, got an array", error.ToString());
    }
}
