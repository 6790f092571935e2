namespace AwsIdentity.Core.Resources;

/// <summary>The TagResource/UntagResource calls that turn the live tags into the wanted ones.</summary>
public static class TagSync
{
    /// <summary>The service's three tag operations on one ARN.</summary>
    public sealed record TagApi(
        Func<CancellationToken, Task<IReadOnlyDictionary<string, string>?>> List,
        Func<Dictionary<string, string>, CancellationToken, Task> Tag,
        Func<List<string>, CancellationToken, Task> Untag);

    /// <summary>Makes the live tags equal <paramref name="wanted"/>, retrying throttling within the deadline.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> SyncAsync(TagApi api, IReadOnlyDictionary<string, string> wanted,
        string arn, OperationContext context)
    {
        var live = await context.RetryAsync($"reading tags of {arn}", api.List).ConfigureAwait(false);
        var (toSet, toRemove) = Plan(live, wanted);
        if (toRemove.Count > 0)
            await context.RetryAsync($"removing tags {string.Join(", ", toRemove)} of {arn}", c => api.Untag(toRemove, c)).ConfigureAwait(false);
        if (toSet.Count > 0)
            await context.RetryAsync($"tagging {arn}", c => api.Tag(toSet, c)).ConfigureAwait(false);
        return wanted;
    }

    public static (Dictionary<string, string> ToSet, List<string> ToRemove) Plan(
        IReadOnlyDictionary<string, string>? live, IReadOnlyDictionary<string, string> wanted)
    {
        live ??= new Dictionary<string, string>();
        var toSet = wanted.Where(kv => !live.TryGetValue(kv.Key, out var v) || v != kv.Value).ToDictionary();
        // The ownership marker is not the user's to remove (Ownership.cs): it stays whatever the wanted tags are.
        var toRemove = live.Keys.Where(k => !wanted.ContainsKey(k) && k != Ownership.TagKey).Order(StringComparer.Ordinal).ToList();
        return (toSet, toRemove);
    }

    /// <summary>
    /// The resource's own tags as read back: live tags minus those that only come from the provider's defaultTags,
    /// unless the user had set them too (pulumi-aws keeps tags and tagsAll apart the same way).
    /// </summary>
    public static IReadOnlyDictionary<string, string>? OwnTags(IReadOnlyDictionary<string, string>? live,
        IReadOnlyDictionary<string, string>? defaults, IReadOnlyDictionary<string, string>? previousOwn)
    {
        if (live is null || live.Count == 0) return previousOwn is null ? null : new SortedDictionary<string, string>(StringComparer.Ordinal);
        var own = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in live)
        {
            var fromDefaults = defaults is not null && defaults.TryGetValue(k, out var d) && d == v;
            if (!fromDefaults || (previousOwn?.ContainsKey(k) ?? false)) own[k] = v;
        }
        return own.Count == 0 && previousOwn is null ? null : own;
    }
}
