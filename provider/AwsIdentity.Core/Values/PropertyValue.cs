using System.Collections.Immutable;

namespace AwsIdentity.Core.Values;

/// <summary>
/// A Pulumi property value, independent of protobuf: what the engine sends inside google.protobuf.Struct once
/// the sentinels (unknowns, secrets, resource references) are decoded. Values compare structurally.
/// </summary>
public abstract record PropertyValue
{
    public static readonly PropertyValue Null = new NullValue();
    public static readonly PropertyValue Unknown = new UnknownValue();

    public static PropertyValue Of(string value) => new StringValue(value);
    public static PropertyValue Of(bool value) => new BoolValue(value);
    public static PropertyValue Of(double value) => new NumberValue(value);
    public static PropertyValue Secret(PropertyValue inner) => inner is SecretValue ? inner : new SecretValue(inner);

    /// <summary>True when this value, or anything inside it, is unknown (preview only).</summary>
    public abstract bool ContainsUnknowns { get; }

    /// <summary>This value with every secret wrapper removed, at any depth.</summary>
    public abstract PropertyValue Reveal();

    /// <summary>True for a secret wrapper, or a value that holds one.</summary>
    public abstract bool ContainsSecrets { get; }

    public string KindName => this switch
    {
        NullValue => "null",
        BoolValue => "boolean",
        NumberValue => "number",
        StringValue => "string",
        ArrayValue => "array",
        ObjectValue => "object",
        SecretValue s => s.Inner.KindName,
        _ => "unknown",
    };
}

public sealed record NullValue : PropertyValue
{
    public override bool ContainsUnknowns => false;
    public override bool ContainsSecrets => false;
    public override PropertyValue Reveal() => this;
}

public sealed record UnknownValue : PropertyValue
{
    public override bool ContainsUnknowns => true;
    public override bool ContainsSecrets => false;
    public override PropertyValue Reveal() => this;
}

public sealed record BoolValue(bool Value) : PropertyValue
{
    public override bool ContainsUnknowns => false;
    public override bool ContainsSecrets => false;
    public override PropertyValue Reveal() => this;
}

public sealed record NumberValue(double Value) : PropertyValue
{
    public override bool ContainsUnknowns => false;
    public override bool ContainsSecrets => false;
    public override PropertyValue Reveal() => this;
}

public sealed record StringValue(string Value) : PropertyValue
{
    public override bool ContainsUnknowns => false;
    public override bool ContainsSecrets => false;
    public override PropertyValue Reveal() => this;
}

public sealed record SecretValue(PropertyValue Inner) : PropertyValue
{
    public override bool ContainsUnknowns => Inner.ContainsUnknowns;
    public override bool ContainsSecrets => true;
    public override PropertyValue Reveal() => Inner.Reveal();
}

public sealed record ArrayValue(ImmutableArray<PropertyValue> Items) : PropertyValue
{
    public override bool ContainsUnknowns => Items.Any(i => i.ContainsUnknowns);
    public override bool ContainsSecrets => Items.Any(i => i.ContainsSecrets);
    public override PropertyValue Reveal() => ContainsSecrets ? new ArrayValue([.. Items.Select(i => i.Reveal())]) : this;

    public bool Equals(ArrayValue? other) =>
        other is not null && Items.AsSpan().SequenceEqual(other.Items.AsSpan());

    public override int GetHashCode() => Items.Aggregate(Items.Length, (h, i) => HashCode.Combine(h, i));
}

public sealed record ObjectValue(ImmutableSortedDictionary<string, PropertyValue> Fields) : PropertyValue
{
    public static readonly ObjectValue Empty = new(ImmutableSortedDictionary<string, PropertyValue>.Empty.WithComparers(StringComparer.Ordinal));

    public static ObjectValue From(IEnumerable<KeyValuePair<string, PropertyValue>> fields) =>
        new(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, fields));

    public PropertyValue? this[string key] => Fields.TryGetValue(key, out var v) ? v : null;

    public ObjectValue With(string key, PropertyValue value) => new(Fields.SetItem(key, value));

    public ObjectValue Without(string key) => new(Fields.Remove(key));

    public override bool ContainsUnknowns => Fields.Values.Any(v => v.ContainsUnknowns);
    public override bool ContainsSecrets => Fields.Values.Any(v => v.ContainsSecrets);

    public override PropertyValue Reveal() =>
        ContainsSecrets ? From(Fields.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.Reveal()))) : this;

    public bool Equals(ObjectValue? other) =>
        other is not null && Fields.Count == other.Fields.Count &&
        Fields.All(kv => other.Fields.TryGetValue(kv.Key, out var v) && kv.Value.Equals(v));

    public override int GetHashCode() => Fields.Aggregate(Fields.Count, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value));
}
