using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace AwsIdentity.Provider.Terraform.Values;

/// <summary>
/// A Terraform (cty) value type, as much of it as awsidentity's schema uses: string, number, bool, list, set, map and
/// object. <see cref="ToJson"/> is the form tfplugin6 Schema.Attribute.type carries (zclconf/go-cty cty/json_type.go):
/// <c>"string"</c>, <c>["list","string"]</c>, <c>["object",{"a":"string"},["a"]]</c> (the third element: optional attributes).
/// </summary>
public abstract record TfType
{
    public static readonly TfType String = new TfPrimitive(TfPrimitiveKind.String);
    public static readonly TfType Number = new TfPrimitive(TfPrimitiveKind.Number);
    public static readonly TfType Bool = new TfPrimitive(TfPrimitiveKind.Bool);

    public static TfType List(TfType element) => new TfList(element);
    public static TfType Set(TfType element) => new TfSet(element);
    public static TfType Map(TfType element) => new TfMap(element);

    public static TfObject Object(IEnumerable<KeyValuePair<string, TfType>> attributes, IEnumerable<string>? optional = null) =>
        new(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, attributes),
            ImmutableSortedSet.CreateRange(StringComparer.Ordinal, optional ?? []));

    /// <summary>The type's JSON text, compact, with object attributes in ordinal order.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) Write(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public abstract void Write(Utf8JsonWriter writer);

    /// <summary>"string", "list of string", "object": how error messages name the type.</summary>
    public abstract string FriendlyName { get; }
}

public enum TfPrimitiveKind { String, Number, Bool }

public sealed record TfPrimitive(TfPrimitiveKind Kind) : TfType
{
    public override void Write(Utf8JsonWriter writer) => writer.WriteStringValue(FriendlyName);

    public override string FriendlyName => Kind switch
    {
        TfPrimitiveKind.String => "string",
        TfPrimitiveKind.Number => "number",
        _ => "bool",
    };
}

/// <summary>A list, set or map: one element type.</summary>
public abstract record TfCollection(TfType Element) : TfType
{
    protected abstract string Keyword { get; }

    public override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(Keyword);
        Element.Write(writer);
        writer.WriteEndArray();
    }

    public override string FriendlyName => $"{Keyword} of {Element.FriendlyName}";
}

public sealed record TfList(TfType Element) : TfCollection(Element)
{
    protected override string Keyword => "list";
}

public sealed record TfSet(TfType Element) : TfCollection(Element)
{
    protected override string Keyword => "set";
}

public sealed record TfMap(TfType Element) : TfCollection(Element)
{
    protected override string Keyword => "map";
}

/// <summary>An object type; <paramref name="Optional"/> names the attributes a configuration may leave out.</summary>
public sealed record TfObject(ImmutableSortedDictionary<string, TfType> Attributes, ImmutableSortedSet<string> Optional) : TfType
{
    public override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        writer.WriteStringValue("object");
        writer.WriteStartObject();
        foreach (var (name, type) in Attributes)
        {
            writer.WritePropertyName(name);
            type.Write(writer);
        }
        writer.WriteEndObject();
        if (Optional.Count > 0)
        {
            writer.WriteStartArray();
            foreach (var name in Optional) writer.WriteStringValue(name);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
    }

    public override string FriendlyName => "object";

    // Structural equality: the immutable collections compare by reference.
    public bool Equals(TfObject? other) =>
        other is not null && Optional.SetEquals(other.Optional) && Attributes.Count == other.Attributes.Count &&
        Attributes.All(kv => other.Attributes.TryGetValue(kv.Key, out var t) && kv.Value.Equals(t));

    public override int GetHashCode() => Attributes.Aggregate(Optional.Count, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value));
}
