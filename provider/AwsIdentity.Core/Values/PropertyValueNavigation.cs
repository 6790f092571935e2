using System.Collections.Immutable;

namespace AwsIdentity.Core.Values;

/// <summary>Reads and replaces the value at a <see cref="PropertyPath"/>; secrets are looked through.</summary>
public static class PropertyValueNavigation
{
    public static PropertyValue? At(this PropertyValue root, PropertyPath path)
    {
        PropertyValue? current = root;
        foreach (var segment in path.Segments)
        {
            current = (current is SecretValue s ? s.Inner : current, segment) switch
            {
                (ObjectValue o, string key) => o[key],
                (ArrayValue a, int i) when i >= 0 && i < a.Items.Length => a.Items[i],
                _ => null,
            };
            if (current is null) return null;
        }
        return current;
    }

    /// <summary>The root with the value at <paramref name="path"/> set, or removed when null.</summary>
    public static PropertyValue WithValueAt(this PropertyValue root, PropertyPath path, PropertyValue? value) =>
        Set(root, path.Segments.AsSpan(), value) ?? root;

    private static PropertyValue? Set(PropertyValue? node, ReadOnlySpan<object> segments, PropertyValue? value)
    {
        if (segments.IsEmpty) return value;
        if (node is SecretValue s) return Set(s.Inner, segments, value) is { } inner ? PropertyValue.Secret(inner) : null;
        switch (node, segments[0])
        {
            case (ObjectValue o, string key):
                var child = Set(o[key], segments[1..], value);
                return child is null ? o.Without(key) : o.With(key, child);
            case (null or NullValue, string key):
                var created = Set(null, segments[1..], value);
                return created is null ? node : ObjectValue.Empty.With(key, created);
            case (ArrayValue a, int i) when i >= 0 && i < a.Items.Length:
                var item = Set(a.Items[i], segments[1..], value) ?? PropertyValue.Null;
                return new ArrayValue(a.Items.SetItem(i, item));
            default:
                return node;
        }
    }

    /// <summary>Wraps in a secret every value of <paramref name="target"/> whose path is secret in <paramref name="source"/>.</summary>
    public static ObjectValue CarrySecrets(this ObjectValue target, ObjectValue source) =>
        (ObjectValue)Carry(target, source);

    private static PropertyValue Carry(PropertyValue target, PropertyValue? source)
    {
        if (source is null) return target;
        if (source is SecretValue s) return PropertyValue.Secret(Carry(target is SecretValue t ? t.Inner : target, s.Inner));
        return (target, source) switch
        {
            (ObjectValue o, ObjectValue so) => ObjectValue.From(o.Fields.Select(kv => KeyValuePair.Create(kv.Key, Carry(kv.Value, so[kv.Key])))),
            (ArrayValue a, ArrayValue sa) => new ArrayValue(a.Items.Select((v, i) => Carry(v, i < sa.Items.Length ? sa.Items[i] : null)).ToImmutableArray()),
            _ => target,
        };
    }
}
