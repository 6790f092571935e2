using System.Text;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Tests.Support;

/// <summary>
/// A seeded generator of property value trees (depth at most 5) for round-trip properties: unicode strings
/// (astral characters included, no lone surrogates), finite big and tiny doubles, empty maps and arrays, secrets
/// and unknowns. NaN is excluded (it never equals itself); sentinel strings and the signature key are not produced.
/// </summary>
internal sealed class RandomValues(int seed)
{
    private readonly Random _rng = new(seed);

    private static readonly double[] SpecialNumbers =
    [
        0, -0.0, 1, -1, 0.5, double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon, 1e-300, 1e300,
        9007199254740993, long.MaxValue, int.MinValue, double.PositiveInfinity, double.NegativeInfinity,
    ];

    private static readonly string[] Alphabets =
    [
        "abcxyzABCXYZ0189_-", " .[]\"\\'$:/#?", "äöüßéçñ", "日本語中文한국어", "\u0000\u0001\t\n\r\u007f",
        "😀🚀𝄞🏳️‍🌈", "\u200b\u202e\ufeff",
    ];

    public PropertyValue Value(int depth = 5)
    {
        var choice = _rng.Next(depth > 0 ? 10 : 6);
        return choice switch
        {
            0 => PropertyValue.Null,
            1 => PropertyValue.Of(_rng.Next(2) == 0),
            2 => PropertyValue.Of(Number()),
            3 => PropertyValue.Of(Text()),
            4 => PropertyValue.Unknown,
            5 => PropertyValue.Of(Text()),
            6 => new ArrayValue([.. Enumerable.Range(0, _rng.Next(5)).Select(_ => Value(depth - 1))]),
            7 => Object(depth - 1),
            8 => PropertyValue.Secret(Value(depth - 1)),
            _ => Object(depth - 1),
        };
    }

    public ObjectValue Object(int depth = 5) =>
        ObjectValue.From(Enumerable.Range(0, _rng.Next(5)).Select(_ => KeyValuePair.Create(Text(), Value(depth)))
            .DistinctBy(kv => kv.Key));

    public double Number() => _rng.Next(4) switch
    {
        0 => SpecialNumbers[_rng.Next(SpecialNumbers.Length)],
        1 => _rng.Next(-1000, 1000),
        2 => (_rng.NextDouble() - 0.5) * Math.Pow(10, _rng.Next(-320, 308)),
        _ => BitConverter.Int64BitsToDouble(_rng.NextInt64()) is var d && double.IsFinite(d) ? d : 42,
    };

    public string Text()
    {
        var length = _rng.Next(0, 12);
        var sb = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            if (_rng.Next(8) == 0)
            {
                sb.Append(char.ConvertFromUtf32(RandomScalar()));
                continue;
            }
            var alphabet = Alphabets[_rng.Next(Alphabets.Length)];
            var start = _rng.Next(alphabet.Length);
            // Take whole UTF-16 units but never split a surrogate pair.
            if (char.IsLowSurrogate(alphabet[start])) start--;
            sb.Append(alphabet[start]);
            if (char.IsHighSurrogate(alphabet[start])) sb.Append(alphabet[start + 1]);
        }
        return sb.ToString();
    }

    /// <summary>Any Unicode scalar value (no surrogate code points).</summary>
    private int RandomScalar()
    {
        while (true)
        {
            var cp = _rng.Next(4) == 0 ? _rng.Next(0x10000, 0x110000) : _rng.Next(0, 0x10000);
            if (cp is < 0xD800 or > 0xDFFF) return cp;
        }
    }

    public PropertyPath Path()
    {
        var segments = Enumerable.Range(0, 1 + _rng.Next(5))
            .Select(_ => _rng.Next(3) == 0 ? (object)_rng.Next(0, 10_000) : PathKey())
            .ToArray();
        return new PropertyPath([.. segments]);
    }

    // A key may not end in a backslash: Pulumi's ["…"] form cannot express that (the \ would escape the quote).
    private string PathKey() => RawPathKey() is var k && k.EndsWith('\\') ? k + "k" : k;

    private string RawPathKey() => _rng.Next(3) switch
    {
        0 => Text(),
        1 => new string([.. Enumerable.Range(0, 1 + _rng.Next(8)).Select(_ => "abcXYZ_$09"[_rng.Next(10)])]),
        _ => new string([.. Enumerable.Range(0, 1 + _rng.Next(6)).Select(_ => "a.[]\"\\ 0:"[_rng.Next(9)])]),
    };
}
