using AwsIdentity.Provider.Host;
using AwsIdentity.Core.Values;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using static AwsIdentity.Tests.Support.V;
using Wkt = Google.Protobuf.WellKnownTypes;

namespace AwsIdentity.Tests.Values;

public sealed class StructCodecTests
{
    private static Wkt.Value Sig(string signature, params (string Key, Wkt.Value Value)[] fields)
    {
        var s = new Struct { Fields = { [Sentinels.SignatureKey] = Wkt.Value.ForString(signature) } };
        foreach (var (key, value) in fields) s.Fields[key] = value;
        return Wkt.Value.ForStruct(s);
    }

    public static TheoryData<Wkt.Value, PropertyValue> Scalars => new()
    {
        { Wkt.Value.ForNull(), Null },
        { new Wkt.Value(), Null },
        { Wkt.Value.ForBool(true), B(true) },
        { Wkt.Value.ForBool(false), B(false) },
        { Wkt.Value.ForNumber(42.5), N(42.5) },
        { Wkt.Value.ForNumber(-1e300), N(-1e300) },
        { Wkt.Value.ForString(""), S("") },
        { Wkt.Value.ForString("héllo 😀"), S("héllo 😀") },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void Decode_Scalar_GivesMatchingValue(Wkt.Value wire, PropertyValue expected) =>
        Assert.Equal(expected, StructCodec.Decode(wire));

    [Fact]
    public void Encode_EachKind_WritesMatchingWireKind()
    {
        Assert.Equal(Wkt.Value.KindOneofCase.NullValue, StructCodec.Encode(Null).KindCase);
        Assert.True(StructCodec.Encode(B(true)).BoolValue);
        Assert.Equal(3.25, StructCodec.Encode(N(3.25)).NumberValue);
        Assert.Equal("x", StructCodec.Encode(S("x")).StringValue);
        Assert.Equal(Sentinels.Unknown, StructCodec.Encode(Unknown).StringValue);
        var list = StructCodec.Encode(Arr(S("a"), N(1))).ListValue.Values;
        Assert.Equal(["a"], list.Where(v => v.KindCase == Wkt.Value.KindOneofCase.StringValue).Select(v => v.StringValue));
        Assert.Equal(2, list.Count);
        var obj = StructCodec.Encode(Obj(("k", S("v"))));
        Assert.Equal("v", obj.Fields["k"].StringValue);
    }

    [Fact]
    public void Decode_ListAndStruct_GivesArrayAndObject()
    {
        var wire = Wkt.Value.ForStruct(new Struct
        {
            Fields =
            {
                ["list"] = Wkt.Value.ForList(Wkt.Value.ForNumber(1), Wkt.Value.ForString("two"), Wkt.Value.ForList()),
                ["empty"] = Wkt.Value.ForStruct(new Struct()),
            },
        });
        Assert.Equal(Obj(("list", Arr(N(1), S("two"), Arr())), ("empty", ObjectValue.Empty)), StructCodec.Decode(wire));
    }

    [Theory]
    [InlineData("04da6b54-80e4-46f7-96ec-b56ff0331ba9")]
    [InlineData("1c4a061d-8072-4f0a-a4cb-0ff528b18fe7")]
    [InlineData("3eeb2bf0-c639-47a8-9e75-3b44932eb421")]
    [InlineData("6a19a0b0-7e62-4c92-b797-7f8e31da9cc2")]
    [InlineData("030794c1-ac77-496b-92df-f27374a8bd58")]
    [InlineData("e48ece36-62e2-4504-bad9-02848725956a")]
    [InlineData("dd056dcd-154b-4c76-9bd3-c8f88648b5ff")]
    public void Decode_UnknownSentinel_GivesUnknown(string sentinel)
    {
        Assert.Equal(Unknown, StructCodec.Decode(Wkt.Value.ForString(sentinel)));
        Assert.Equal(Arr(Unknown), StructCodec.Decode(Wkt.Value.ForList(Wkt.Value.ForString(sentinel))));
    }

    [Fact]
    public void Decode_SentinelLikeString_StaysString() =>
        Assert.Equal(S("04da6b54-80e4-46f7-96ec-b56ff0331ba8"), StructCodec.Decode(Wkt.Value.ForString("04da6b54-80e4-46f7-96ec-b56ff0331ba8")));

    public static TheoryData<string, PropertyValue> Secrets => new()
    {
        { "top", Secret(S("p@ss")) },
        { "nested", Obj(("outer", Obj(("inner", Secret(N(7)))))) },
        { "in array", Arr(S("a"), Secret(S("b")), Arr(Secret(B(true)))) },
        { "wrapping object", Secret(Obj(("user", S("u")), ("list", Arr(S("x"))), ("deeper", Secret(S("y"))))) },
        { "wrapping unknown", Secret(Unknown) },
        { "wrapping null", Secret(Null) },
    };

    [Theory]
    [MemberData(nameof(Secrets))]
    public void EncodeDecode_Secret_RoundTrips(string scenario, PropertyValue value)
    {
        Assert.NotNull(scenario);
        var wire = StructCodec.Encode(value);
        Assert.Equal(value, StructCodec.Decode(wire));
        Assert.Equal(value, StructCodec.Decode(Wkt.Value.Parser.ParseFrom(wire.ToByteString())));
    }

    [Fact]
    public void Encode_Secret_WritesSignatureObject()
    {
        var wire = StructCodec.Encode(Secret(S("p"))).StructValue;
        Assert.Equal(Sentinels.SecretSig, wire.Fields[Sentinels.SignatureKey].StringValue);
        Assert.Equal("p", wire.Fields["value"].StringValue);
        Assert.Equal(2, wire.Fields.Count);
    }

    [Fact]
    public void Decode_ResourceReferenceWithId_GivesId() =>
        Assert.Equal(S("vpc-123"), StructCodec.Decode(Sig(Sentinels.ResourceReferenceSig,
            ("urn", Wkt.Value.ForString("urn:pulumi:s::p::aws:ec2/vpc:Vpc::v")), ("id", Wkt.Value.ForString("vpc-123")))));

    [Theory]
    [InlineData("")]
    [InlineData("04da6b54-80e4-46f7-96ec-b56ff0331ba9")]
    public void Decode_ResourceReferenceWithEmptyOrUnknownId_GivesUnknown(string id) =>
        Assert.Equal(Unknown, StructCodec.Decode(Sig(Sentinels.ResourceReferenceSig,
            ("urn", Wkt.Value.ForString("urn:pulumi:s::p::aws:ec2/vpc:Vpc::v")), ("id", Wkt.Value.ForString(id)))));

    [Fact]
    public void Decode_ResourceReferenceWithoutId_GivesUrn() =>
        Assert.Equal(S("urn:pulumi:s::p::my:index:Component::c"), StructCodec.Decode(Sig(Sentinels.ResourceReferenceSig,
            ("urn", Wkt.Value.ForString("urn:pulumi:s::p::my:index:Component::c")), ("packageVersion", Wkt.Value.ForString("1.0.0")))));

    [Fact]
    public void Decode_OutputValueKnown_GivesValue() =>
        Assert.Equal(Arr(S("a")), StructCodec.Decode(Sig(Sentinels.OutputValueSig,
            ("value", Wkt.Value.ForList(Wkt.Value.ForString("a"))),
            ("dependencies", Wkt.Value.ForList(Wkt.Value.ForString("urn:pulumi:s::p::t::n"))))));

    [Fact]
    public void Decode_OutputValueWithoutValue_GivesUnknown() =>
        Assert.Equal(Unknown, StructCodec.Decode(Sig(Sentinels.OutputValueSig, ("dependencies", Wkt.Value.ForList()))));

    [Fact]
    public void Decode_OutputValueSecret_GivesSecret()
    {
        Assert.Equal(Secret(S("s")), StructCodec.Decode(Sig(Sentinels.OutputValueSig,
            ("value", Wkt.Value.ForString("s")), ("secret", Wkt.Value.ForBool(true)))));
        Assert.Equal(S("s"), StructCodec.Decode(Sig(Sentinels.OutputValueSig,
            ("value", Wkt.Value.ForString("s")), ("secret", Wkt.Value.ForBool(false)))));
        Assert.Equal(Secret(Unknown), StructCodec.Decode(Sig(Sentinels.OutputValueSig, ("secret", Wkt.Value.ForBool(true)))));
    }

    [Theory]
    [InlineData(Sentinels.AssetSig, "text", "hello")]
    [InlineData(Sentinels.ArchiveSig, "path", "./dir")]
    [InlineData("ffffffffffffffffffffffffffffffff", "value", "future")]
    public void Decode_AssetArchiveOrFutureSignature_StaysObject(string signature, string key, string text)
    {
        var wire = Sig(signature, ("hash", Wkt.Value.ForString("abc")), (key, Wkt.Value.ForString(text)));
        var decoded = StructCodec.Decode(wire);
        Assert.Equal(Obj((Sentinels.SignatureKey, S(signature)), ("hash", S("abc")), (key, S(text))), decoded);
        Assert.Equal(wire, StructCodec.Encode(decoded));
    }

    [Fact]
    public void DecodeStruct_Null_GivesEmptyObject() => Assert.Equal(ObjectValue.Empty, StructCodec.Decode((Struct?)null));

    [Fact]
    public void Decode_FieldOrderDiffers_GivesEqualObjects()
    {
        var a = new Struct { Fields = { ["x"] = Wkt.Value.ForNumber(1), ["y"] = Wkt.Value.ForString("2") } };
        var b = new Struct { Fields = { ["y"] = Wkt.Value.ForString("2"), ["x"] = Wkt.Value.ForNumber(1) } };
        Assert.Equal(StructCodec.Decode(a), StructCodec.Decode(b));
        Assert.Equal(StructCodec.Decode(a).GetHashCode(), StructCodec.Decode(b).GetHashCode());
    }
}
