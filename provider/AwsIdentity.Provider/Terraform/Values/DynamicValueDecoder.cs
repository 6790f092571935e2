using System.Collections.Immutable;
using System.Globalization;
using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Terraform.Schema;

namespace AwsIdentity.Provider.Terraform.Values;

/// <summary>
/// tfplugin6 DynamicValue.msgpack → <see cref="PropertyValue"/>, led by the schema's type (zclconf/go-cty
/// cty/msgpack/unmarshal.go is the reference): nil is null; every extension value is unknown (type 0 is cty's
/// unknown, 12 a refined unknown; the whole value is skipped); numbers come in every integer width, float32/64 or as a
/// decimal string; lists and sets become arrays; maps and objects become objects, an object with every attribute
/// (null when absent). Names stay Terraform's (TfNames.cs maps them). Never throws: a problem is a located error.
/// </summary>
public static class DynamicValueDecoder
{
    /// <summary>Deeper than any schema here; the type leads the recursion, so input alone cannot go deeper.</summary>
    public const int MaxDepth = 32;

    public static TfResult<PropertyValue> Decode(ReadOnlySpan<byte> msgpack, TfBlock block) => Decode(msgpack, block.ImpliedType());

    public static TfResult<PropertyValue> Decode(ReadOnlySpan<byte> msgpack, TfType type)
    {
        var reader = new MsgpackReader(msgpack);
        var error = Read(ref reader, type, TfPath.Root, 0, out var value);
        if (error is null && !reader.AtEnd)
            error = new TfValueError(TfPath.Root, $"{reader.Remaining} unexpected bytes after the value");
        return error is null ? TfResult<PropertyValue>.Ok(value) : TfResult<PropertyValue>.Fail(error);
    }

    private static TfValueError? Read(ref MsgpackReader r, TfType type, TfPath path, int depth, out PropertyValue value)
    {
        value = PropertyValue.Null;
        if (depth > MaxDepth) return new TfValueError(path, $"the value is nested more than {MaxDepth} levels deep");
        if (r.TryReadNil() is var nil && nil != MsgpackStatus.WrongType) return Problem(nil, ref r, type, path);
        if (r.TryReadExtension(out _) is var ext && ext != MsgpackStatus.WrongType)
        {
            value = PropertyValue.Unknown;
            return Problem(ext, ref r, type, path);
        }
        switch (type)
        {
            case TfPrimitive { Kind: TfPrimitiveKind.String }:
                {
                    var status = r.TryReadString(out var s, allowBinary: true);
                    value = PropertyValue.Of(s);
                    return Problem(status, ref r, type, path);
                }
            case TfPrimitive { Kind: TfPrimitiveKind.Bool }:
                {
                    var status = r.TryReadBool(out var b);
                    value = PropertyValue.Of(b);
                    return Problem(status, ref r, type, path);
                }
            case TfPrimitive { Kind: TfPrimitiveKind.Number }:
                return ReadNumber(ref r, type, path, out value);
            case TfList or TfSet:
                return ReadArray(ref r, (TfCollection)type, path, depth, out value);
            case TfMap or TfObject:
                return ReadMap(ref r, type, path, depth, out value);
            default:
                return new TfValueError(path, $"type {type.FriendlyName} is not supported");
        }
    }

    private static TfValueError? ReadNumber(ref MsgpackReader r, TfType type, TfPath path, out PropertyValue value)
    {
        value = PropertyValue.Null;
        var status = r.TryReadNumber(out var d);
        if (status == MsgpackStatus.WrongType)
        {
            // cty writes numbers that are neither exact int64 nor float64 as decimal strings.
            status = r.TryReadString(out var s);
            if (status == MsgpackStatus.Ok && !(double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out d) && double.IsFinite(d)))
                return new TfValueError(path, $"expected a number, got the string \"{Clip(s)}\"");
        }
        value = PropertyValue.Of(d);
        return Problem(status, ref r, type, path);
    }

    private static TfValueError? ReadArray(ref MsgpackReader r, TfCollection type, TfPath path, int depth, out PropertyValue value)
    {
        value = PropertyValue.Null;
        var status = r.TryReadArrayHeader(out var count);
        if (status != MsgpackStatus.Ok) return Problem(status, ref r, type, path);
        // The count is at most the bytes left (MsgpackReader.cs); capacity grows with what is really read.
        var items = ImmutableArray.CreateBuilder<PropertyValue>(Math.Min(count, 64));
        for (var i = 0; i < count; i++)
        {
            // A set's elements have no index Terraform could point at: errors stay on the set.
            var at = type is TfSet ? path : path.Index(i);
            if (Read(ref r, type.Element, at, depth + 1, out var item) is { } error) return error;
            items.Add(item);
        }
        value = new ArrayValue(items.ToImmutable());
        return null;
    }

    private static TfValueError? ReadMap(ref MsgpackReader r, TfType type, TfPath path, int depth, out PropertyValue value)
    {
        value = PropertyValue.Null;
        var status = r.TryReadMapHeader(out var count);
        if (status != MsgpackStatus.Ok) return Problem(status, ref r, type, path);
        var fields = ImmutableSortedDictionary.CreateBuilder<string, PropertyValue>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var keyStatus = r.TryReadString(out var key);
            if (keyStatus != MsgpackStatus.Ok)
                return keyStatus == MsgpackStatus.WrongType
                    ? new TfValueError(path, $"expected a string key, got {r.DescribeNext()}")
                    : Problem(keyStatus, ref r, TfType.String, path);
            TfType element;
            TfPath at;
            if (type is TfObject obj)
            {
                if (!obj.Attributes.TryGetValue(key, out element!))
                    return new TfValueError(path, $"unsupported attribute \"{Clip(key)}\"");
                at = path.Attribute(key);
            }
            else (element, at) = (((TfMap)type).Element, path.Key(key));
            if (fields.ContainsKey(key)) return new TfValueError(at, "the key appears twice");
            if (Read(ref r, element, at, depth + 1, out var item) is { } error) return error;
            fields[key] = item;
        }
        if (type is TfObject o)
            foreach (var name in o.Attributes.Keys)
                fields.TryAdd(name, PropertyValue.Null);
        value = new ObjectValue(fields.ToImmutable());
        return null;
    }

    private static TfValueError? Problem(MsgpackStatus status, ref MsgpackReader r, TfType type, TfPath path) => status switch
    {
        MsgpackStatus.Ok => null,
        MsgpackStatus.Truncated => new TfValueError(path, $"the value ends early: truncated msgpack at byte {r.Position}"),
        MsgpackStatus.Invalid => new TfValueError(path, "the string is not valid UTF-8"),
        _ => new TfValueError(path, $"expected {Article(type)}, got {r.DescribeNext()}"),
    };

    private static string Article(TfType type) => type is TfObject ? "an object" : $"a {type.FriendlyName}";

    /// <summary>Hostile input may carry long strings: an error message quotes at most 64 characters.</summary>
    internal static string Clip(string s) => s.Length <= 64 ? s : s[..64] + "…";
}
