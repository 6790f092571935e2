using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Resources;

/// <summary>tagsAll = the provider's defaultTags overlaid with the resource's tags (as pulumi-aws does).</summary>
public static class Tags
{
    public static IReadOnlyDictionary<string, string> Merge(IReadOnlyDictionary<string, string>? defaults, IReadOnlyDictionary<string, string>? own)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in defaults ?? new Dictionary<string, string>()) all[k] = v;
        foreach (var (k, v) in own ?? new Dictionary<string, string>()) all[k] = v;
        return all;
    }

    /// <summary>The expected tagsAll for raw inputs, or unknown when the tags are not known yet (preview).</summary>
    public static PropertyValue MergeValue(IReadOnlyDictionary<string, string>? defaults, PropertyValue? tags)
    {
        if (tags is not null && tags.ContainsUnknowns) return PropertyValue.Unknown;
        var own = (tags?.Reveal() as ObjectValue)?.Fields
            .Where(kv => kv.Value is StringValue)
            .ToDictionary(kv => kv.Key, kv => ((StringValue)kv.Value).Value);
        var merged = ObjectValue.From(Merge(defaults, own).Select(kv => KeyValuePair.Create(kv.Key, PropertyValue.Of(kv.Value))));
        // tagsAll repeats the tags' values: it is secret when any of them is.
        return tags is not null && tags.ContainsSecrets ? PropertyValue.Secret(merged) : merged;
    }

    /// <summary>Why the merge of known tags over the defaultTags cannot go to AWS, or null. Each side alone is checked by
    /// <see cref="CommonKinds.Tags"/>; together they are tagsAll, sent as one set beside the owner marker.</summary>
    public static string? MergeOverLimit(IReadOnlyDictionary<string, string>? defaults, PropertyValue? tags) =>
        defaults is { Count: > 0 } && MergeValue(defaults, tags).Reveal() is ObjectValue { Fields.Count: > CommonKinds.MaxTags } merged
            ? $"with the provider's defaultTags this resource would carry {merged.Fields.Count} tags (tagsAll); at most " +
              $"{CommonKinds.MaxTags} are allowed ({CommonKinds.TagLimitReason})"
            : null;
}
