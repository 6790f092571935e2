using System.Text;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Tests.Fuzz;

/// <summary>
/// Seeded hostile property values: wrong types, huge and strange strings (lone surrogates, RTL, NUL, emoji),
/// special numbers, deep nesting, unknowns, secrets anywhere, and objects carrying the Pulumi signature key
/// (secrets, resource references, assets, archives, output values) as the engine would put them on the wire.
/// </summary>
internal sealed class HostileValues(Random rng)
{
    public Random Rng { get; } = rng;

    public static readonly double[] SpecialNumbers =
    [
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0, 1, -1, 0.5, 3, 100, 101, 1e308,
        -1e308, double.MaxValue, double.MinValue, double.Epsilon, 9007199254740993, 2147483648, -2147483649, 1e-320,
    ];

    private static readonly string[] Pieces =
    [
        "", " ", "a", "Z", "0", "-", "_", ".", ":", "/", "\\", "\"", "'", "[", "]", "{", "}", "$", "?", "#", "%",
        "\u0000", "\t", "\n", "\r\n", "\u007f", "\u00a0", "\u200b", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff",
        "\ufffd", "\uffff", "\ud800", "\udfff", "\udc00\ud800", "😀", "🏳️‍🌈", "👩🏽‍💻", "𝄞", "שלום", "مرحبا", "日本語", "é", "e\u0301",
        "https://", "http://", "i-", "d-", "subnet-", "aws:", "SELF_MANAGED", "true", "false", "null", "NaN",
        "1e400", "%s", "{0}", "${x}", "../", "%00", "::1", "10.0.0.1", "127.0.0.1", "fe80::1%eth0",
        Sentinels.Unknown, Sentinels.SignatureKey, Sentinels.SecretSig, "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
    ];

    public string Text(int maxPieces = 8)
    {
        var sb = new StringBuilder();
        var n = Rng.Next(maxPieces + 1);
        for (var i = 0; i < n; i++) sb.Append(Pieces[Rng.Next(Pieces.Length)]);
        if (Rng.Next(6) == 0) sb.Append((char)Rng.Next(0, 0x10000));
        return sb.ToString();
    }

    /// <summary>A string of up to 1 MB, sometimes exactly 1 MB, built from one repeated piece.</summary>
    public string Huge()
    {
        var length = Rng.Next(5) switch
        {
            0 => 1 << 20,
            1 => Rng.Next(250, 300),
            2 => Rng.Next(1000, 10_000),
            3 => Rng.Next(60_000, 70_000),
            _ => Rng.Next(1, 1 << 20),
        };
        var unit = Pieces[Rng.Next(Pieces.Length)] is { Length: > 0 } p ? p : "x";
        var sb = new StringBuilder(length + unit.Length);
        if (Rng.Next(2) == 0) sb.Append("https://");
        while (sb.Length < length) sb.Append(unit);
        return sb.ToString();
    }

    public double Number() => Rng.Next(3) switch
    {
        0 => SpecialNumbers[Rng.Next(SpecialNumbers.Length)],
        1 => Rng.Next(-200, 200) + (Rng.Next(3) == 0 ? 0.5 : 0),
        _ => BitConverter.Int64BitsToDouble(Rng.NextInt64()),
    };

    /// <summary>Arrays, objects and secrets nested up to 200 levels around a random leaf.</summary>
    public PropertyValue Deep(int? levels = null)
    {
        var depth = levels ?? Rng.Next(2, 201);
        var value = Scalar();
        var style = Rng.Next(4);
        for (var i = 0; i < depth; i++)
        {
            var kind = style == 3 ? Rng.Next(3) : style;
            value = kind switch
            {
                0 => new ArrayValue([value]),
                1 => ObjectValue.Empty.With(Rng.Next(2) == 0 ? "a" : Text(2), value),
                _ => i % 2 == 0 ? new SecretValue(value) : ObjectValue.Empty.With("value", value),
            };
        }
        return value;
    }

    public PropertyValue Scalar() => Rng.Next(7) switch
    {
        0 => PropertyValue.Null,
        1 => PropertyValue.Of(Rng.Next(2) == 0),
        2 => PropertyValue.Of(Number()),
        3 => PropertyValue.Unknown,
        _ => PropertyValue.Of(Text()),
    };

    /// <summary>Any value at all, up to <paramref name="depth"/> levels of containers.</summary>
    public PropertyValue Any(int depth = 3)
    {
        if (depth <= 0) return Scalar();
        return Rng.Next(12) switch
        {
            0 => new ArrayValue([.. Enumerable.Range(0, Rng.Next(4)).Select(_ => Any(depth - 1))]),
            1 or 2 => RandomObject(depth - 1),
            3 => new SecretValue(Any(depth - 1)),
            4 => Signed(),
            5 => Rng.Next(3) switch { 0 => PropertyValue.Of(""), 1 => new ArrayValue([]), _ => ObjectValue.Empty },
            _ => Scalar(),
        };
    }

    public ObjectValue RandomObject(int depth, IReadOnlyList<string>? likelyKeys = null)
    {
        var result = ObjectValue.Empty;
        var n = Rng.Next(6);
        for (var i = 0; i < n; i++)
        {
            var key = likelyKeys is { Count: > 0 } && Rng.Next(2) == 0 ? likelyKeys[Rng.Next(likelyKeys.Count)] : Text(3);
            result = result.With(key, Any(depth));
        }
        return result;
    }

    /// <summary>An object with the signature key, as the engine encodes secrets, references, assets and outputs.</summary>
    public ObjectValue Signed()
    {
        var sig = Rng.Next(8) switch
        {
            0 => PropertyValue.Of(Sentinels.SecretSig),
            1 => PropertyValue.Of(Sentinels.ResourceReferenceSig),
            2 => PropertyValue.Of(Sentinels.OutputValueSig),
            3 => PropertyValue.Of(Sentinels.AssetSig),
            4 => PropertyValue.Of(Sentinels.ArchiveSig),
            5 => PropertyValue.Of(Text(2)),
            6 => Scalar(),
            _ => PropertyValue.Of(Sentinels.ResourceReferenceSig),
        };
        var o = ObjectValue.Empty.With(Sentinels.SignatureKey, sig);
        if (Rng.Next(3) > 0) o = o.With("value", Rng.Next(3) == 0 ? Any(2) : PropertyValue.Of(Text()));
        if (Rng.Next(2) == 0) o = o.With("urn", PropertyValue.Of("urn:pulumi:dev::p::aws:ec2/instance:Instance::" + Text(2)));
        if (Rng.Next(2) == 0)
            o = o.With("id", Rng.Next(4) switch
            {
                0 => PropertyValue.Of(""), 1 => PropertyValue.Unknown, 2 => Scalar(), _ => PropertyValue.Of("i-0123456789abcdef0"),
            });
        if (Rng.Next(3) == 0) o = o.With("secret", Rng.Next(2) == 0 ? PropertyValue.Of(true) : Scalar());
        if (Rng.Next(4) == 0) o = o.With(Rng.Next(2) == 0 ? "path" : "text", PropertyValue.Of(Text()));
        if (Rng.Next(4) == 0) o = o.With("dependencies", new ArrayValue([PropertyValue.Of(Text(2))]));
        return o;
    }

    /// <summary>Config-style JSON text (what `pulumi config set` stores): well-formed, malformed, duplicate keys,
    /// escaped lone surrogates, deep nesting, huge numbers.</summary>
    public string Json() => Rng.Next(10) switch
    {
        0 => "{\"eks\":\"http://a.example\",\"eks\":\"http://b.example\"}",
        1 => "{\"tags\":{\"a\":\"1\",\"a\":\"2\"}}",
        2 => "{\"tags\":{\"k\":\"\\ud800\"}}",
        3 => "{\"" + Text(2) + "\":" + (Rng.Next(2) == 0 ? "1e400" : "-0") + "}",
        4 => new string('[', Rng.Next(60, 70)) + new string(']', Rng.Next(60, 70)),
        5 => "{\"tags\":" + string.Concat(Enumerable.Repeat("{\"a\":", 70)) + "1" + new string('}', 71),
        6 => "{\"eks\": \"" + Text(3).Replace("\\", "").Replace("\"", "") + "\"",
        7 => "[" + Text(3) + "]",
        8 => "{\"licenseManagerUserSubscriptions\":\"https://x.example\",\"" + Sentinels.SignatureKey + "\":\"" + Sentinels.SecretSig + "\",\"value\":1}",
        _ => "{" + Text(4) + "}",
    };
}
