using System.Collections.Immutable;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Tests.Fuzz;

/// <summary>Mutates a property bag at a random path with a hostile value; independent of the provider's own
/// navigation helpers so that a bug there cannot hide a case.</summary>
internal sealed class ValueMutator(HostileValues values, IReadOnlyList<string> knownNames)
{
    private Random Rng => values.Rng;

    public ObjectValue Mutate(ObjectValue bag)
    {
        var paths = Bags.Paths(bag);
        var path = paths[Rng.Next(paths.Count)];
        if (path.Length == 0) return RootEdit(bag);
        var current = Bags.At(bag, path)!;
        return (ObjectValue)Bags.SetAt(bag, path, 0, Replacement(current));
    }

    private ObjectValue RootEdit(ObjectValue bag) => Rng.Next(3) switch
    {
        0 when bag.Fields.Count > 0 => bag.Without(bag.Fields.Keys.ElementAt(Rng.Next(bag.Fields.Count))),
        1 => (ObjectValue)Grow(bag),
        _ => bag.With(ExtraKey(), values.Any()),
    };

    /// <summary>A replacement for <paramref name="v"/>; null removes it.</summary>
    public PropertyValue? Replacement(PropertyValue v) => Rng.Next(20) switch
    {
        0 => values.Scalar(),
        1 => values.Any(),
        2 => Rng.Next(4) == 0 ? PropertyValue.Of(values.Huge()) : PropertyValue.Of(values.Text()),
        3 => values.Deep(),
        4 => PropertyValue.Of(values.Text(12)),
        5 => PropertyValue.Unknown,
        6 => Rng.Next(3) == 0 ? new SecretValue(new SecretValue(v)) : new SecretValue(v),
        7 => PropertyValue.Null,
        8 => Rng.Next(3) switch { 0 => PropertyValue.Of(""), 1 => new ArrayValue([]), _ => ObjectValue.Empty },
        9 => null,
        10 => PropertyValue.Of(values.Number()),
        11 => values.Signed(),
        12 => NearValid(v),
        13 => Grow(v),
        14 => PropertyValue.Of(Rng.Next(2) == 0 ? values.Json() : Bags.ToJson(v)),
        15 => PropertyValue.Of(Sentinels.Unknowns.Order(StringComparer.Ordinal).ElementAt(Rng.Next(Sentinels.Unknowns.Count))),
        16 => SecretChildren(v),
        17 => ObjectValue.Empty.With(Sentinels.SignatureKey, PropertyValue.Of(Sentinels.SecretSig)).With("value", v),
        18 => Rng.Next(2) == 0 ? new ArrayValue([v]) : ObjectValue.Empty.With(knownNames[Rng.Next(knownNames.Count)], v),
        _ => PropertyValue.Of(Rng.Next(2) == 0),
    };

    private PropertyValue NearValid(PropertyValue v)
    {
        if (Bags.Plain(v) is not StringValue { Value: var s }) return PropertyValue.Of(values.Text());
        var edited = Rng.Next(8) switch
        {
            0 => s + values.Text(1),
            1 => values.Text(1) + s,
            2 => s.Length > 0 ? s[..Rng.Next(s.Length)] : s,
            3 => string.Concat(Enumerable.Repeat(s.Length > 0 ? s : "a", Rng.Next(2, 80))),
            4 => s.ToUpperInvariant(),
            5 => s.Length > 0 ? s.Insert(Rng.Next(s.Length), values.Text(1)) : s,
            6 => new string('a', Rng.Next(2) == 0 ? new[] { 63, 64, 100, 101, 128, 129, 253, 254, 256, 257 }[Rng.Next(10)] : Rng.Next(1, 2100)),
            _ => " " + s + " ",
        };
        var result = PropertyValue.Of(edited);
        return v is SecretValue ? new SecretValue(result) : result;
    }

    private PropertyValue Grow(PropertyValue v)
    {
        switch (Bags.Plain(v))
        {
            case ArrayValue a:
                var count = Rng.Next(4) == 0 ? Rng.Next(999, 1003) : Rng.Next(1, 5);
                var items = a.Items.ToBuilder();
                for (var i = 0; i < count; i++)
                    items.Add(a.Items.Length > 0 && Rng.Next(2) == 0 ? a.Items[Rng.Next(a.Items.Length)] : values.Any(1));
                return new ArrayValue(items.ToImmutable());
            case ObjectValue o:
                var entries = Rng.Next(3) == 0 ? Rng.Next(9, 60) : Rng.Next(1, 3);
                for (var i = 0; i < entries; i++)
                    o = o.With(ExtraKey() + (Rng.Next(2) == 0 ? i.ToString() : ""),
                        Rng.Next(2) == 0 ? PropertyValue.Of("v" + i) : values.Any(1));
                return o;
            default:
                return new ArrayValue([v, v]);
        }
    }

    private PropertyValue SecretChildren(PropertyValue v) => Bags.Plain(v) switch
    {
        ObjectValue o => ObjectValue.From(o.Fields.Select(kv => KeyValuePair.Create(kv.Key, (PropertyValue)new SecretValue(kv.Value)))),
        ArrayValue a => new ArrayValue([.. a.Items.Select(i => (PropertyValue)new SecretValue(i))]),
        _ => new SecretValue(v),
    };

    private string ExtraKey() => Rng.Next(7) switch
    {
        0 => knownNames[Rng.Next(knownNames.Count)],
        1 => knownNames[Rng.Next(knownNames.Count)].ToUpperInvariant(),
        2 => "aws:" + values.Text(1),
        3 => Rng.Next(2) == 0 ? "" : new string('k', Rng.Next(60, 140)),
        4 => Sentinels.SignatureKey,
        5 => Rng.Next(8) == 0 ? values.Huge() : values.Text(4),
        _ => values.Text(3),
    };
}
