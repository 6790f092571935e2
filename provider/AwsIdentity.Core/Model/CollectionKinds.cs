using System.Collections.Immutable;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Model;

public sealed class ListKind<TItem>(Kind<TItem> item, int maxItems) : Kind<IReadOnlyList<TItem>>
{
    public override IReadOnlyList<TItem>? Read(PropertyValue value, PropertyPath path, List<ValidationFailure> failures)
    {
        if (Plain(value) is not ArrayValue array)
        {
            Mismatch(value, path, "a list", failures);
            return null;
        }
        if (TooMany(array, path, failures)) return null;
        var before = failures.Count;
        var items = new List<TItem>(array.Items.Length);
        for (var i = 0; i < array.Items.Length; i++)
        {
            var decoded = item.Read(array.Items[i], path.Index(i), failures);
            if (decoded is not null) items.Add(decoded);
        }
        return failures.Count == before ? items.AsReadOnly() : null;
    }

    public override void Check(PropertyValue value, PropertyPath path, List<ValidationFailure> failures)
    {
        if (Plain(value) is UnknownValue) return;
        if (Plain(value) is not ArrayValue array || !value.ContainsUnknowns)
        {
            Read(value, path, failures);
            return;
        }
        if (TooMany(array, path, failures)) return;
        for (var i = 0; i < array.Items.Length; i++) item.Check(array.Items[i], path.Index(i), failures);
    }

    private bool TooMany(ArrayValue array, PropertyPath path, List<ValidationFailure> failures)
    {
        if (array.Items.Length <= maxItems) return false;
        failures.Add(new ValidationFailure(path, $"at most {maxItems} items are allowed, got {array.Items.Length}"));
        return true;
    }

    public override PropertyValue Write(IReadOnlyList<TItem> value) => new ArrayValue([.. value.Select(item.Write)]);

    public override TypeDescription Type => new ListTypeDescription(item.Type);

    public override IEnumerable<IRecordShape> ReferencedShapes => item.ReferencedShapes;
}

/// <summary>A string-keyed map; keys may carry a rule of their own (tag keys, claim names), and the entry limit a
/// reason when it is not AWS's own.</summary>
public sealed class MapKind<TItem>(Kind<TItem> item, int maxEntries, Func<string, string?>? keyRule = null, string? limitReason = null)
    : Kind<IReadOnlyDictionary<string, TItem>>
{
    public override IReadOnlyDictionary<string, TItem>? Read(PropertyValue value, PropertyPath path, List<ValidationFailure> failures)
    {
        if (Plain(value) is not ObjectValue map)
        {
            Mismatch(value, path, "a map of string keys", failures);
            return null;
        }
        var before = failures.Count;
        CheckKeys(map, path, failures);
        var result = ImmutableSortedDictionary.CreateBuilder<string, TItem>(StringComparer.Ordinal);
        foreach (var (key, entry) in map.Fields)
        {
            var decoded = item.Read(entry, path.Key(key), failures);
            if (decoded is not null) result[key] = decoded;
        }
        return failures.Count == before ? result.ToImmutable() : null;
    }

    public override void Check(PropertyValue value, PropertyPath path, List<ValidationFailure> failures)
    {
        if (Plain(value) is UnknownValue) return;
        if (Plain(value) is not ObjectValue map || !value.ContainsUnknowns)
        {
            Read(value, path, failures);
            return;
        }
        CheckKeys(map, path, failures);
        foreach (var (key, entry) in map.Fields) item.Check(entry, path.Key(key), failures);
    }

    private void CheckKeys(ObjectValue map, PropertyPath path, List<ValidationFailure> failures)
    {
        if (map.Fields.Count > maxEntries)
            failures.Add(new ValidationFailure(path,
                $"at most {maxEntries} entries are allowed{(limitReason is null ? "" : $" ({limitReason})")}, got {map.Fields.Count}"));
        if (keyRule is null) return;
        foreach (var key in map.Fields.Keys)
            if (keyRule(key) is { } reason) failures.Add(new ValidationFailure(path.Key(key), reason));
    }

    public override PropertyValue Write(IReadOnlyDictionary<string, TItem> value) =>
        ObjectValue.From(value.Select(kv => KeyValuePair.Create(kv.Key, item.Write(kv.Value))));

    public override TypeDescription Type => new MapTypeDescription(item.Type);

    public override IEnumerable<IRecordShape> ReferencedShapes => item.ReferencedShapes;
}
