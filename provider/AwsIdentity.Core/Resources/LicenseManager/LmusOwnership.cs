using AwsIdentity.Aws.LicenseManagerUserSubscriptions;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>The LMUS side of Ownership.cs: an object's tags (ListTagsForResource) and whether a create may adopt it.</summary>
internal static class LmusOwnership
{
    /// <summary>
    /// <paramref name="existing"/> when its tags carry this create's marker; otherwise the refusal, naming it as
    /// <paramref name="what"/> and giving <paramref name="importId"/> for the import advice.
    /// </summary>
    public static async Task<T> OwnOrRefuse<T>(IAmazonLicenseManagerUserSubscriptions lmus, T existing, string? arn, string what,
        string importId, CreateOptions request, CancellationToken ct)
    {
        var tags = arn is null ? null : (await lmus.ListTagsForResourceAsync(new() { ResourceArn = arn }, ct).ConfigureAwait(false)).Tags;
        var verdict = Ownership.Judge(tags, request.Owner);
        return verdict == Ownership.Verdict.Own ? existing : throw Ownership.Refusal(verdict, what, importId, request.ImportCommand);
    }

    /// <summary>The object's tags without the marker (Ownership.Hide).</summary>
    public static async Task<IReadOnlyDictionary<string, string>?> ReadTags(string arn, OperationContext context) =>
        Ownership.Hide((await context.RetryAsync($"reading tags of {arn}",
            c => context.Aws.Lmus.ListTagsForResourceAsync(new() { ResourceArn = arn }, c)).ConfigureAwait(false)).Tags);

    /// <summary>Brings the object's tags to <paramref name="wanted"/> (TagSync.cs; the marker stays).</summary>
    public static Task<IReadOnlyDictionary<string, string>> SyncTags(string arn, IReadOnlyDictionary<string, string> wanted, OperationContext context) =>
        TagSync.SyncAsync(new TagSync.TagApi(
            async c => (await context.Aws.Lmus.ListTagsForResourceAsync(new() { ResourceArn = arn }, c).ConfigureAwait(false)).Tags,
            (tags, c) => context.Aws.Lmus.TagResourceAsync(new() { ResourceArn = arn, Tags = tags }, c),
            (keys, c) => context.Aws.Lmus.UntagResourceAsync(new() { ResourceArn = arn, TagKeys = keys }, c)), wanted, arn, context);
}
