using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Resources;

/// <summary>
/// Structural diff of new inputs against the old ones, per property path. Maps compare by key, lists by
/// position (the order AWS stores), secrets by their revealed value, and an unknown new value is a change.
/// A change under a replace-on-change property replaces the resource.
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
            var replace = shape.Properties.FirstOrDefault(p => p.Name == key)?.ReplaceOnChanges ?? false;
            var before = detailed.Count;
            Compare(PropertyPath.Of(key), olds[key], news[key], replace, inputDiff: true, detailed);
            if (detailed.Count == before) continue;
            changed.Add(key);
            if (replace) replaces.Add(key);
        }
        foreach (var (key, old, expected) in computed ?? [])
        {
            var before = detailed.Count;
            Compare(PropertyPath.Of(key), old, expected, replace: false, inputDiff: false, detailed);
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

    /// <summary>Null, missing and empty collections mean the same to AWS: none of them is a change.</summary>
    internal static bool Absent(PropertyValue? v) => v?.Reveal() switch
    {
        null or NullValue => true,
        ObjectValue o => o.Fields.Count == 0,
        ArrayValue a => a.Items.Length == 0,
        _ => false,
    };

    private static void Compare(PropertyPath path, PropertyValue? old, PropertyValue? @new, bool replace, bool inputDiff,
        IDictionary<string, PropertyChange> detailed)
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
                    Compare(path.Key(key), o[key], n[key], replace, inputDiff, detailed);
                return;
            case (ArrayValue o, ArrayValue n):
                for (var i = 0; i < Math.Max(o.Items.Length, n.Items.Length); i++)
                    Compare(path.Index(i), i < o.Items.Length ? o.Items[i] : null, i < n.Items.Length ? n.Items[i] : null,
                        replace, inputDiff, detailed);
                return;
            default:
                if (@new is UnknownValue || !old.Equals(@new))
                    detailed[path.ToString()] = new(ChangeKind.Update, replace, inputDiff);
                return;
        }
    }
}
