using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Terraform.Schema;

namespace AwsIdentity.Provider.Terraform.Values;

/// <summary>
/// The json field of tfplugin6 DynamicValue and of RawState (UpgradeResourceState) → <see cref="PropertyValue"/>, led by the
/// schema's type as zclconf/go-cty cty/json/unmarshal.go reads it: JSON has no unknowns; a primitive may come as a
/// string and is converted (numbers as decimal text, "true"/"false"); a missing object attribute is null. Stored
/// state may be pretty-printed or compact: it is parsed, never compared as text. Never throws.
/// </summary>
public static class DynamicValueJson
{
    /// <param name="dropUnknownAttributes">true for a state written under an older schema, whose attributes may
    /// since have gone; false (Terraform's own rule for config) makes them an error.</param>
    public static TfResult<PropertyValue> Decode(ReadOnlySpan<byte> json, TfBlock block, bool dropUnknownAttributes = false) =>
        Decode(json, block.ImpliedType(), dropUnknownAttributes);

    public static TfResult<PropertyValue> Decode(ReadOnlySpan<byte> json, TfType type, bool dropUnknownAttributes = false)
    {
        try
        {
            using var doc = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = DynamicValueDecoder.MaxDepth * 2 });
            var error = Read(doc.RootElement, type, TfPath.Root, dropUnknownAttributes, out var value);
            return error is null ? TfResult<PropertyValue>.Ok(value) : TfResult<PropertyValue>.Fail(error);
        }
        // Malformed JSON, or text that is not UTF-8 (the reader finds that only when a string is read).
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return TfResult<PropertyValue>.Fail(new TfValueError(TfPath.Root, $"the JSON is not valid: {e.Message}"));
        }
    }

    private static TfValueError? Read(JsonElement e, TfType type, TfPath path, bool drop, out PropertyValue value)
    {
        value = PropertyValue.Null;
        if (e.ValueKind == JsonValueKind.Null) return null;
        switch (type, e.ValueKind)
        {
            case (TfPrimitive { Kind: TfPrimitiveKind.String }, JsonValueKind.String):
                value = PropertyValue.Of(e.GetString()!);
                return null;
            case (TfPrimitive { Kind: TfPrimitiveKind.String }, JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False):
                value = PropertyValue.Of(e.GetRawText());
                return null;
            case (TfPrimitive { Kind: TfPrimitiveKind.Number }, JsonValueKind.Number or JsonValueKind.String):
                var text = e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText();
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d))
                    return new TfValueError(path, $"expected a number, got \"{DynamicValueDecoder.Clip(text)}\"");
                value = PropertyValue.Of(d);
                return null;
            case (TfPrimitive { Kind: TfPrimitiveKind.Bool }, JsonValueKind.True or JsonValueKind.False):
                value = PropertyValue.Of(e.GetBoolean());
                return null;
            case (TfPrimitive { Kind: TfPrimitiveKind.Bool }, JsonValueKind.String) when e.GetString() is "true" or "false":
                value = PropertyValue.Of(e.GetString() == "true");
                return null;
            case (TfList or TfSet, JsonValueKind.Array):
                var collection = (TfCollection)type;
                var items = ImmutableArray.CreateBuilder<PropertyValue>();
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    if (Read(item, collection.Element, type is TfSet ? path : path.Index(i++), drop, out var v) is { } error) return error;
                    items.Add(v);
                }
                value = new ArrayValue(items.ToImmutable());
                return null;
            case (TfMap or TfObject, JsonValueKind.Object):
                return ReadObject(e, type, path, drop, out value);
            default:
                return new TfValueError(path, $"expected {(type is TfObject ? "an object" : $"a {type.FriendlyName}")}, got JSON {e.ValueKind.ToString().ToLowerInvariant()}");
        }
    }

    private static TfValueError? ReadObject(JsonElement e, TfType type, TfPath path, bool drop, out PropertyValue value)
    {
        value = PropertyValue.Null;
        var fields = ImmutableSortedDictionary.CreateBuilder<string, PropertyValue>(StringComparer.Ordinal);
        foreach (var property in e.EnumerateObject())
        {
            TfType element;
            TfPath at;
            if (type is TfObject obj)
            {
                if (!obj.Attributes.TryGetValue(property.Name, out element!))
                {
                    if (drop) continue;
                    return new TfValueError(path, $"unsupported attribute \"{DynamicValueDecoder.Clip(property.Name)}\"");
                }
                at = path.Attribute(property.Name);
            }
            else (element, at) = (((TfMap)type).Element, path.Key(property.Name));
            if (fields.ContainsKey(property.Name)) return new TfValueError(at, "the key appears twice");
            if (Read(property.Value, element, at, drop, out var v) is { } error) return error;
            fields[property.Name] = v;
        }
        if (type is TfObject o)
            foreach (var name in o.Attributes.Keys)
                fields.TryAdd(name, PropertyValue.Null);
        value = new ObjectValue(fields.ToImmutable());
        return null;
    }
}
