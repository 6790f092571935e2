using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Resources;

/// <summary>
/// Structural diff of new inputs against the old ones, per property path. Maps compare by key, lists by
/// position (the order AWS stores), sets by their members as a whole (Model/SetKind.cs), secrets by their revealed
/// value, and an unknown new value is a change. A change under a replace-on-change property replaces the resource. A
/// computed input (IPropertySpec.Computed) the new inputs leave out keeps what AWS has: no change.
/// </summary>
public static class Differ
{
    public static ChangePlan Diff(IRecordShape shape, ObjectValue olds, ObjectValue news, bool deleteBeforeReplace,
        IEnumerable<(string Key, PropertyValue? Old, PropertyValue New)>? computed = null)
    {
        var detailed = new SortedDictionary<string, PropertyChange>(StringComparer.Ordinal);
        var replaces = new SortedSet<string>(StringComparer.Ordinal);
        var changed = new SortedSet<string>(StringComparer.Ordinal);

        foreach (var key in olds.Fields.Keys.Union(news.Fields.Keys))
        {
            var prop = shape.Properties.FirstOrDefault(p => p.Name == key);
            if (KeepsLive(prop, news[key])) continue;
            var replace = prop?.ReplaceOnChanges ?? false;
            var before = detailed.Count;
            Compare(PropertyPath.Of(key), olds[key], news[key], prop?.Kind.Type, replace, inputDiff: true, detailed);
            if (detailed.Count == before) continue;
            changed.Add(key);
            if (replace) replaces.Add(key);
        }
        foreach (var (key, old, expected) in computed ?? [])
        {
            var before = detailed.Count;
            Compare(PropertyPath.Of(key), old, expected, type: null, replace: false, inputDiff: false, detailed);
            if (detailed.Count > before) changed.Add(key);
        }
        return new ChangePlan([.. changed], [.. replaces], detailed.ToDictionary(), deleteBeforeReplace && replaces.Count > 0);
    }

    /// <summary>The new inputs with every ignored path put back to its old value (or removed when it had none).</summary>
    public static ObjectValue ApplyIgnoreChanges(ObjectValue olds, ObjectValue news, IReadOnlyList<string> ignoreChanges)
    {
        foreach (var text in ignoreChanges)
        {
            if (!PropertyPathParser.TryParse(text, out var path)) continue;
            news = (ObjectValue)news.WithValueAt(path, olds.At(path));
        }
        return news;
    }

    /// <summary>Null, missing and empty collections mean the same to AWS: none of them is a change. So does an object
    /// whose members are all absent: SameForAws.Keep drops absent members, which must not turn {a: {}} into a change.</summary>
    internal static bool Absent(PropertyValue? v) => v?.Reveal() switch
    {
        null or NullValue => true,
        ObjectValue o => o.Fields.Values.All(Absent),
        ArrayValue a => a.Items.Length == 0,
        _ => false,
    };

    /// <summary>Whether a property is a computed input left out: AWS's value stands (the property's Computed doc).</summary>
    internal static bool KeepsLive(IPropertySpec? prop, PropertyValue? @new) => prop is { Computed: true } && @new is null or NullValue;

    /// <summary>Compares two values of <paramref name="type"/> (null: not in the model; compared structurally).</summary>
    private static void Compare(PropertyPath path, PropertyValue? old, PropertyValue? @new, TypeDescription? type, bool replace,
        bool inputDiff, IDictionary<string, PropertyChange> detailed)
    {
        old = Absent(old) ? null : old!.Reveal();
        @new = Absent(@new) ? null : @new!.Reveal();
        switch (old, @new)
        {
            case (null, null):
                return;
            case (null, _):
                detailed[path.ToString()] = new(ChangeKind.Add, replace, inputDiff);
                return;
            case (_, null):
                detailed[path.ToString()] = new(ChangeKind.Delete, replace, inputDiff);
                return;
            case (ObjectValue o, ObjectValue n):
                foreach (var key in o.Fields.Keys.Union(n.Fields.Keys))
                {
                    var (prop, item) = Field(type, key);
                    if (!KeepsLive(prop, n[key])) Compare(path.Key(key), o[key], n[key], prop?.Kind.Type ?? item, replace, inputDiff, detailed);
                }
                return;
            case (ArrayValue o, ArrayValue n) when type is SetTypeDescription:
                // A set changes as a whole: its members' positions mean nothing.
                if (!SetMembers.Same(o, n)) detailed[path.ToString()] = new(ChangeKind.Update, replace, inputDiff);
                return;
            case (ArrayValue o, ArrayValue n):
                var items = (type as ListTypeDescription)?.Item;
                for (var i = 0; i < Math.Max(o.Items.Length, n.Items.Length); i++)
                    Compare(path.Index(i), i < o.Items.Length ? o.Items[i] : null, i < n.Items.Length ? n.Items[i] : null,
                        items, replace, inputDiff, detailed);
                return;
            default:
                if (@new is UnknownValue || !old.Equals(@new))
                    detailed[path.ToString()] = new(ChangeKind.Update, replace, inputDiff);
                return;
        }
    }

    /// <summary>The property (of a record) or the item type (of a map) a key names.</summary>
    private static (IPropertySpec? Prop, TypeDescription? Item) Field(TypeDescription? type, string key) => type switch
    {
        ObjectTypeDescription o => (o.Shape.Properties.FirstOrDefault(p => p.Name == key), null),
        MapTypeDescription m => (null, m.Item),
        _ => (null, null),
    };
}
