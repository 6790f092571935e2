using System.Collections.Immutable;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Tests.Support;

/// <summary>Short constructors for property values in tests.</summary>
internal static class V
{
    public static PropertyValue S(string value) => PropertyValue.Of(value);
    public static PropertyValue N(double value) => PropertyValue.Of(value);
    public static PropertyValue B(bool value) => PropertyValue.Of(value);
    public static PropertyValue Null => PropertyValue.Null;
    public static PropertyValue Unknown => PropertyValue.Unknown;
    public static PropertyValue Secret(PropertyValue inner) => PropertyValue.Secret(inner);
    public static ArrayValue Arr(params PropertyValue[] items) => new([.. items]);
    public static ArrayValue Strings(params string[] items) => new([.. items.Select(PropertyValue.Of)]);

    public static ObjectValue Obj(params (string Key, PropertyValue Value)[] fields) =>
        ObjectValue.From(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));

    public static ObjectValue Map(params (string Key, string Value)[] fields) =>
        ObjectValue.From(fields.Select(f => KeyValuePair.Create(f.Key, PropertyValue.Of(f.Value))));

    public static ObjectValue Map(int count, Func<int, string> key, Func<int, string> value) =>
        ObjectValue.From(Enumerable.Range(0, count).Select(i => KeyValuePair.Create(key(i), PropertyValue.Of(value(i)))));

    public static PropertyPath Path(params object[] segments) => new([.. segments]);

    public static string[] Keys(ObjectValue value) => [.. value.Fields.Keys];
}
