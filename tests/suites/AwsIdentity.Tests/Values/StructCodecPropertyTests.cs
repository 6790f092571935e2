using AwsIdentity.Provider.Host;
using AwsIdentity.Core.Values;
using Google.Protobuf;
using AwsIdentity.Tests.Support;
using Google.Protobuf.WellKnownTypes;
using Wkt = Google.Protobuf.WellKnownTypes;

namespace AwsIdentity.Tests.Values;

/// <summary>Round-trip properties over seeded random value trees (failures name the seed to replay).</summary>
public sealed class StructCodecPropertyTests
{
    private const int Count = 2500;

    [Fact]
    public void DecodeEncode_RandomValues_RoundTrip()
    {
        for (var seed = 0; seed < Count; seed++)
        {
            var value = new RandomValues(seed).Value();
            var decoded = StructCodec.Decode(StructCodec.Encode(value));
            Assert.True(value.Equals(decoded), $"seed {seed}: {value} decoded as {decoded}");
            Assert.Equal(value.GetHashCode(), decoded.GetHashCode());
        }
    }

    [Fact]
    public void DecodeEncode_RandomObjectsThroughBinaryWire_RoundTrip()
    {
        for (var seed = 0; seed < Count; seed++)
        {
            var value = new RandomValues(seed + 1_000_000).Object();
            var bytes = StructCodec.Encode(value).ToByteArray();
            var decoded = StructCodec.Decode(Struct.Parser.ParseFrom(bytes));
            Assert.True(value.Equals(decoded), $"seed {seed + 1_000_000}: {value} decoded as {decoded}");
        }
    }

    [Fact]
    public void EncodeDecodeEncode_RandomValues_IsStable()
    {
        for (var seed = 0; seed < Count; seed++)
        {
            var wire = StructCodec.Encode(new RandomValues(seed + 2_000_000).Value());
            Assert.Equal(wire, StructCodec.Encode(StructCodec.Decode(wire)));
        }
    }

    [Fact]
    public void Reveal_RandomValues_RemovesEverySecretAndKeepsUnknowns()
    {
        for (var seed = 0; seed < Count; seed++)
        {
            var value = new RandomValues(seed + 3_000_000).Value();
            var revealed = value.Reveal();
            Assert.False(revealed.ContainsSecrets, $"seed {seed + 3_000_000}");
            Assert.Equal(value.ContainsUnknowns, revealed.ContainsUnknowns);
            Assert.Equal(revealed, revealed.Reveal());
            Assert.False(ContainsSecretSignature(StructCodec.Encode(revealed)), $"seed {seed + 3_000_000}");
            Assert.Equal(value.ContainsSecrets, ContainsSecretSignature(StructCodec.Encode(value)));
        }
    }

    private static bool ContainsSecretSignature(Wkt.Value v) => v.KindCase switch
    {
        Wkt.Value.KindOneofCase.ListValue => v.ListValue.Values.Any(ContainsSecretSignature),
        Wkt.Value.KindOneofCase.StructValue =>
            v.StructValue.Fields.TryGetValue(Sentinels.SignatureKey, out var sig) && sig.StringValue == Sentinels.SecretSig
            || v.StructValue.Fields.Values.Any(ContainsSecretSignature),
        _ => false,
    };
}
