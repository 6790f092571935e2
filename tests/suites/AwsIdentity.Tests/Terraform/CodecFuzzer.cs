using System.Text;
using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Terraform.Schema;
using AwsIdentity.Provider.Terraform.Values;

namespace AwsIdentity.Tests.Terraform;

/// <summary>
/// Seeded inputs for the codec fuzz test: values that fit a type, values of any shape, their encodings, and those
/// encodings mutated the ways hostile or broken input looks (truncated, flipped, huge declared lengths, extension
/// and invalid bytes). The same seed gives the same inputs on every run.
/// </summary>
internal sealed class CodecFuzzer(int seed)
{
    private readonly Random _rng = new(seed);

    /// <summary>Every type the provider decodes, and a few more shapes.</summary>
    public static readonly TfType[] Types =
    [
        .. TerraformSchema.Resources().Values.Select(s => (TfType)s.Block.ImpliedType()),
        TerraformSchema.Provider().Block.ImpliedType(),
        TfType.String, TfType.Number, TfType.Bool,
        TfType.List(TfType.Map(TfType.Number)), TfType.Set(TfType.String),
        TfType.Map(TfType.Object([new("a", TfType.Bool), new("b", TfType.List(TfType.String))])),
    ];

    public TfType AnyType() => Types[_rng.Next(Types.Length)];

    /// <summary>A value of <paramref name="type"/>, objects with every attribute, some nulls, unknowns and secrets.</summary>
    public PropertyValue ValueOf(TfType type, int depth = 0)
    {
        var roll = _rng.Next(24);
        if (roll == 0) return PropertyValue.Null;
        if (roll == 1) return PropertyValue.Unknown;
        var value = type switch
        {
            TfPrimitive { Kind: TfPrimitiveKind.String } => PropertyValue.Of(Text()),
            TfPrimitive { Kind: TfPrimitiveKind.Number } => PropertyValue.Of(Number()),
            TfPrimitive => PropertyValue.Of(_rng.Next(2) == 0),
            TfCollection { Element: var e } and (TfList or TfSet) => new ArrayValue([.. Enumerable.Range(0, Count(depth)).Select(_ => ValueOf(e, depth + 1))]),
            TfMap m => ObjectValue.From(Enumerable.Range(0, Count(depth)).Select(i => KeyValuePair.Create($"{Text()}{i}", ValueOf(m.Element, depth + 1)))),
            TfObject o => ObjectValue.From(o.Attributes.Select(kv => KeyValuePair.Create(kv.Key, ValueOf(kv.Value, depth + 1)))),
            _ => PropertyValue.Null,
        };
        return roll == 2 ? PropertyValue.Secret(value) : value;
    }

    /// <summary>A value of no particular type, for the encoder.</summary>
    public PropertyValue AnyValue(int depth = 0) => _rng.Next(depth > 3 ? 6 : 9) switch
    {
        0 => PropertyValue.Null,
        1 => PropertyValue.Unknown,
        2 => PropertyValue.Of(Text()),
        3 => PropertyValue.Of(Number()),
        4 => PropertyValue.Of(true),
        5 => PropertyValue.Secret(PropertyValue.Of("s")),
        6 => new ArrayValue([.. Enumerable.Range(0, _rng.Next(4)).Select(_ => AnyValue(depth + 1))]),
        _ => ObjectValue.From(Enumerable.Range(0, _rng.Next(4)).Select(_ => KeyValuePair.Create(Name(), AnyValue(depth + 1))).DistinctBy(kv => kv.Key)),
    };

    private string Name()
    {
        var names = new[] { "cluster_name", "oidc", "client_id", "tags", "a", "b", "region", "timeouts", "zzz" };
        return names[_rng.Next(names.Length)];
    }

    private int Count(int depth) => depth > 4 ? 0 : _rng.Next(4);

    private string Text() => _rng.Next(8) switch
    {
        0 => "",
        1 => "héllo ✓ 🙂",
        2 => new string('x', _rng.Next(30, 300)),
        _ => $"v{_rng.Next(1000)}",
    };

    private double Number() => _rng.Next(7) switch
    {
        0 => _rng.Next(-40, 130),
        1 => _rng.Next(-70000, 70000),
        2 => (double)_rng.NextInt64(long.MinValue, long.MaxValue),
        3 => _rng.NextDouble() * 1e6,
        4 => 18446744073709551615d,
        5 => -_rng.NextDouble() * 1e300,
        _ => _rng.Next(),
    };

    /// <summary>A mutation of <paramref name="bytes"/>, or random bytes when it is empty.</summary>
    public byte[] Mutate(byte[] bytes)
    {
        if (bytes.Length == 0 || _rng.Next(12) == 0) return Bytes(_rng.Next(0, 64));
        var b = bytes.ToList();
        var at = _rng.Next(b.Count);
        switch (_rng.Next(8))
        {
            case 0: return [.. b.Take(_rng.Next(b.Count))];
            case 1: b[at] ^= (byte)(1 << _rng.Next(8)); break;
            case 2: b[at] = Interesting[_rng.Next(Interesting.Length)]; break;
            case 3: b.InsertRange(at, Bytes(_rng.Next(1, 6))); break;
            case 4: b.RemoveRange(at, Math.Min(b.Count - at, _rng.Next(1, 8))); break;
            case 5: b.InsertRange(at, [Interesting[_rng.Next(Interesting.Length)], 0xff, 0xff, 0xff, 0xff]); break;
            case 6: b.InsertRange(at, [0xc7, (byte)_rng.Next(256), 0x0c]); break;
            default: b.InsertRange(at, b.Skip(at).Take(_rng.Next(1, 16)).ToList()); break;
        }
        return [.. b];
    }

    /// <summary>Codes that start long or odd values: never-used c1, ext and str/bin/array/map with wide lengths.</summary>
    private static readonly byte[] Interesting = [0xc1, 0xc4, 0xc6, 0xc7, 0xc9, 0xd4, 0xd8, 0xdb, 0xdc, 0xdd, 0xde, 0xdf, 0xca, 0xcf, 0xd3, 0x9f, 0x8f, 0xbf, 0xc0];

    private byte[] Bytes(int n)
    {
        var bytes = new byte[n];
        _rng.NextBytes(bytes);
        return bytes;
    }

    /// <summary>The value as Terraform's JSON would carry it: Values/CanonicalJson.cs writes secrets plain and unknowns
    /// as null, as JSON has no unknowns.</summary>
    public static byte[] Json(PropertyValue value) => Encoding.UTF8.GetBytes(CanonicalJson.Write(value));

    public static string Show(byte[] bytes) => bytes.Length <= 48 ? TfValues.Hex(bytes) : TfValues.Hex(bytes[..48]) + $" … ({bytes.Length} bytes)";

    public static string ShowText(byte[] bytes) => Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 120)]);
}
