using Google.Protobuf.WellKnownTypes;
using Wkt = Google.Protobuf.WellKnownTypes;

namespace AwsIdentity.Provider.Host;

using AwsIdentity.Core.Values;

/// <summary>
/// google.protobuf.Struct ⇄ <see cref="PropertyValue"/>. Decoding recognises every unknown sentinel, secrets,
/// resource references (turned into their id, as the engine does for providers that refuse references) and
/// output values; encoding writes secrets as signature objects and unknowns as the untyped sentinel.
/// </summary>
public static class StructCodec
{
    public static ObjectValue Decode(Struct? value)
    {
        if (value is null) return ObjectValue.Empty;
        return ObjectValue.From(value.Fields.Select(kv => KeyValuePair.Create(kv.Key, Decode(kv.Value))));
    }

    public static PropertyValue Decode(Wkt.Value? value) => value?.KindCase switch
    {
        null or Wkt.Value.KindOneofCase.None or Wkt.Value.KindOneofCase.NullValue => PropertyValue.Null,
        Wkt.Value.KindOneofCase.BoolValue => PropertyValue.Of(value.BoolValue),
        Wkt.Value.KindOneofCase.NumberValue => PropertyValue.Of(value.NumberValue),
        Wkt.Value.KindOneofCase.StringValue => Sentinels.Unknowns.Contains(value.StringValue)
            ? PropertyValue.Unknown
            : PropertyValue.Of(value.StringValue),
        Wkt.Value.KindOneofCase.ListValue => new ArrayValue([.. value.ListValue.Values.Select(Decode)]),
        Wkt.Value.KindOneofCase.StructValue => DecodeObject(value.StructValue),
        _ => PropertyValue.Null,
    };

    private static PropertyValue DecodeObject(Struct s)
    {
        if (!s.Fields.TryGetValue(Sentinels.SignatureKey, out var sig) || sig.KindCase != Wkt.Value.KindOneofCase.StringValue)
            return Decode(s);

        switch (sig.StringValue)
        {
            case Sentinels.SecretSig:
                return PropertyValue.Secret(Decode(s.Fields.GetValueOrDefault("value")));
            case Sentinels.ResourceReferenceSig:
                // A reference stands for its id, or its URN when it has no id (a component); an empty id is
                // unknown during preview.
                if (s.Fields.TryGetValue("id", out var id))
                    return id.KindCase == Wkt.Value.KindOneofCase.StringValue && id.StringValue.Length > 0
                        && !Sentinels.Unknowns.Contains(id.StringValue)
                        ? PropertyValue.Of(id.StringValue)
                        : PropertyValue.Unknown;
                return Decode(s.Fields.GetValueOrDefault("urn"));
            case Sentinels.OutputValueSig:
                var inner = s.Fields.TryGetValue("value", out var v) ? Decode(v) : PropertyValue.Unknown;
                var secret = s.Fields.TryGetValue("secret", out var sec) && sec.KindCase == Wkt.Value.KindOneofCase.BoolValue && sec.BoolValue;
                return secret ? PropertyValue.Secret(inner) : inner;
            default:
                // Assets, archives and future kinds stay visible as objects so validation can name them.
                return Decode(s);
        }
    }

    public static Struct Encode(ObjectValue value)
    {
        var s = new Struct();
        foreach (var (key, field) in value.Fields) s.Fields[key] = Encode(field);
        return s;
    }

    public static Wkt.Value Encode(PropertyValue value) => value switch
    {
        NullValue => Wkt.Value.ForNull(),
        UnknownValue => Wkt.Value.ForString(Sentinels.Unknown),
        BoolValue b => Wkt.Value.ForBool(b.Value),
        NumberValue n => Wkt.Value.ForNumber(n.Value),
        StringValue s => Wkt.Value.ForString(s.Value),
        ArrayValue a => Wkt.Value.ForList([.. a.Items.Select(Encode)]),
        ObjectValue o => Wkt.Value.ForStruct(Encode(o)),
        SecretValue sv => Wkt.Value.ForStruct(new Struct
        {
            Fields =
            {
                [Sentinels.SignatureKey] = Wkt.Value.ForString(Sentinels.SecretSig),
                ["value"] = Encode(sv.Inner),
            },
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "unsupported property value"),
    };
}
