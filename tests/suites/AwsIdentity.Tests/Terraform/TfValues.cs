using AwsIdentity.Core.Values;

namespace AwsIdentity.Tests.Terraform;

/// <summary>Short spellings of values and bytes for the codec tests; bytes are assembled by hand from the msgpack
/// spec (msgpack/msgpack spec.md), since no msgpack library is at hand to produce them.</summary>
internal static class TfValues
{
    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", ""));

    public static string Hex(byte[] bytes) => string.Join(' ', bytes.Select(b => b.ToString("x2")));

    public static PropertyValue S(string s) => PropertyValue.Of(s);

    public static PropertyValue N(double d) => PropertyValue.Of(d);

    public static PropertyValue B(bool b) => PropertyValue.Of(b);

    public static PropertyValue Null => PropertyValue.Null;

    public static PropertyValue Unknown => PropertyValue.Unknown;

    public static ArrayValue A(params PropertyValue[] items) => new([.. items]);

    public static ObjectValue O(params (string Key, PropertyValue Value)[] fields) =>
        ObjectValue.From(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));
}
