using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Terraform.Schema;

namespace AwsIdentity.Provider.Terraform.Values;

/// <summary>
/// <see cref="PropertyValue"/> → tfplugin6 DynamicValue.msgpack, led by the schema. Terraform decodes objects strictly
/// (zclconf/go-cty cty/msgpack/unmarshal.go: every attribute, no other), so every attribute is written, null ones as
/// nil; unknown is <c>d4 00 00</c>; a list, set or map of blocks that is absent is written empty, never nil
/// (hashicorp/terraform internal/plans/objchange/plan_valid.go); secrets are revealed, Terraform marks sensitivity
/// in the schema. Values are expected in Terraform's names (TfNames.cs). Never throws: a mismatch is a located error.
/// </summary>
public static class DynamicValueEncoder
{
    public static TfResult<byte[]> Encode(PropertyValue value, TfBlock block) => Run(w => WriteBlock(w, value, block, TfPath.Root));

    public static TfResult<byte[]> Encode(PropertyValue value, TfType type) => Run(w => Write(w, value, type, TfPath.Root));

    private static TfResult<byte[]> Run(Func<MsgpackWriter, TfValueError?> write)
    {
        var writer = new MsgpackWriter();
        return write(writer) is { } error ? TfResult<byte[]>.Fail(error) : TfResult<byte[]>.Ok(writer.ToArray());
    }

    private static TfValueError? WriteBlock(MsgpackWriter w, PropertyValue value, TfBlock block, TfPath path)
    {
        switch (Plain(value))
        {
            case NullValue: w.WriteNil(); return null;
            case UnknownValue: w.WriteUnknown(); return null;
            case ObjectValue obj:
                if (obj.Fields.Keys.FirstOrDefault(k => block.Attribute(k) is null && block.Block(k) is null) is { } extra)
                    return new TfValueError(path, $"unsupported attribute \"{DynamicValueDecoder.Clip(extra)}\"");
                var names = block.Attributes.Select(a => a.Name).Concat(block.Blocks.Select(b => b.TypeName)).Order(StringComparer.Ordinal).ToList();
                w.WriteMapHeader(names.Count);
                foreach (var name in names)
                {
                    w.WriteString(name);
                    var field = obj[name] ?? PropertyValue.Null;
                    var error = block.Attribute(name) is { } attribute
                        ? Write(w, field, attribute.ImpliedType(), path.Attribute(name))
                        : WriteNested(w, field, block.Block(name)!, path.Attribute(name));
                    if (error is not null) return error;
                }
                return null;
            default: return Mismatch(value, "an object", path);
        }
    }

    private static TfValueError? WriteNested(MsgpackWriter w, PropertyValue value, TfNestedBlock nested, TfPath path)
    {
        var plain = Plain(value);
        switch (nested.Nesting)
        {
            case TfNesting.Single:
                return WriteBlock(w, plain, nested.Block, path);
            case TfNesting.Group:
                return WriteBlock(w, plain is NullValue ? ObjectValue.Empty : plain, nested.Block, path);
            case TfNesting.List or TfNesting.Set when plain is NullValue:
                w.WriteArrayHeader(0);
                return null;
            case TfNesting.Map when plain is NullValue:
                w.WriteMapHeader(0);
                return null;
            case TfNesting.List or TfNesting.Set when plain is ArrayValue array:
                w.WriteArrayHeader(array.Items.Length);
                for (var i = 0; i < array.Items.Length; i++)
                    if (WriteBlock(w, array.Items[i], nested.Block, nested.Nesting == TfNesting.Set ? path : path.Index(i)) is { } error) return error;
                return null;
            case TfNesting.Map when plain is ObjectValue map:
                w.WriteMapHeader(map.Fields.Count);
                foreach (var (key, item) in map.Fields)
                {
                    w.WriteString(key);
                    if (WriteBlock(w, item, nested.Block, path.Key(key)) is { } error) return error;
                }
                return null;
            default:
                if (plain is UnknownValue)
                {
                    w.WriteUnknown();
                    return null;
                }
                return Mismatch(value, nested.Nesting == TfNesting.Map ? "a map of blocks" : "a list of blocks", path);
        }
    }

    private static TfValueError? Write(MsgpackWriter w, PropertyValue value, TfType type, TfPath path)
    {
        switch (Plain(value), type)
        {
            case (NullValue, _): w.WriteNil(); return null;
            case (UnknownValue, _): w.WriteUnknown(); return null;
            case (StringValue s, TfPrimitive { Kind: TfPrimitiveKind.String }): w.WriteString(s.Value); return null;
            case (NumberValue n, TfPrimitive { Kind: TfPrimitiveKind.Number }): w.WriteNumber(n.Value); return null;
            case (BoolValue b, TfPrimitive { Kind: TfPrimitiveKind.Bool }): w.WriteBool(b.Value); return null;
            case (ArrayValue a, TfList or TfSet):
                var element = ((TfCollection)type).Element;
                w.WriteArrayHeader(a.Items.Length);
                for (var i = 0; i < a.Items.Length; i++)
                    if (Write(w, a.Items[i], element, type is TfSet ? path : path.Index(i)) is { } error) return error;
                return null;
            case (ObjectValue m, TfMap map):
                w.WriteMapHeader(m.Fields.Count);
                foreach (var (key, item) in m.Fields)
                {
                    w.WriteString(key);
                    if (Write(w, item, map.Element, path.Key(key)) is { } error) return error;
                }
                return null;
            case (ObjectValue o, TfObject obj):
                if (o.Fields.Keys.FirstOrDefault(k => !obj.Attributes.ContainsKey(k)) is { } extra)
                    return new TfValueError(path, $"unsupported attribute \"{DynamicValueDecoder.Clip(extra)}\"");
                w.WriteMapHeader(obj.Attributes.Count);
                foreach (var (name, attributeType) in obj.Attributes)
                {
                    w.WriteString(name);
                    if (Write(w, o[name] ?? PropertyValue.Null, attributeType, path.Attribute(name)) is { } error) return error;
                }
                return null;
            default:
                return Mismatch(value, type is TfObject ? "an object" : $"a {type.FriendlyName}", path);
        }
    }

    private static PropertyValue Plain(PropertyValue value) => value is SecretValue s ? Plain(s.Inner) : value;

    private static TfValueError Mismatch(PropertyValue value, string expected, TfPath path) =>
        new(path, $"expected {expected}, got {(Plain(value) is UnknownValue ? "an unknown value" : Plain(value).KindName)}");
}
