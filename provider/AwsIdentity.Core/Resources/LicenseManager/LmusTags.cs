using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>The tags of a License Manager User Subscriptions object (every kind is tagged by its ARN the same way).</summary>
internal static class LmusTags
{
    /// <summary>The live tags of <paramref name="arn"/> for a read, without the owner marker (Ownership.cs); Found is false
    /// when the object went away between its listing and this call. An object listed without an ARN has none to read.</summary>
    public static async Task<(bool Found, IReadOnlyDictionary<string, string>? Tags)> ReadAsync(string? arn, OperationContext context)
    {
        if (arn is null) return (true, null);
        try
        {
            return (true, Ownership.Hide((await context.RetryAsync($"reading tags of {arn}",
                c => context.Aws.Lmus.ListTagsForResourceAsync(new() { ResourceArn = arn }, c)).ConfigureAwait(false)).Tags));
        }
        catch (ResourceNotFoundException)
        {
            return (false, null);
        }
    }

    /// <summary>Makes the tags of <paramref name="arn"/> equal <paramref name="wanted"/> (TagSync.cs).</summary>
    public static Task<IReadOnlyDictionary<string, string>> SyncAsync(string arn, IReadOnlyDictionary<string, string> wanted, OperationContext context) =>
        TagSync.SyncAsync(new TagSync.TagApi(
            async c => (await context.Aws.Lmus.ListTagsForResourceAsync(new() { ResourceArn = arn }, c).ConfigureAwait(false)).Tags,
            (tags, c) => context.Aws.Lmus.TagResourceAsync(new() { ResourceArn = arn, Tags = tags }, c),
            (keys, c) => context.Aws.Lmus.UntagResourceAsync(new() { ResourceArn = arn, TagKeys = keys }, c)), wanted, arn, context);

    /// <summary>
    /// Whether the existing object <paramref name="arn"/> that a create ran into is this resource's own (its owner marker,
    /// Ownership.cs); throws the refusal when it is another's or unmarked. <paramref name="what"/> names the object.
    /// </summary>
    public static async Task<bool> IsOwnAsync(IAmazonLicenseManagerUserSubscriptions lmus, string? arn, CreateOptions request, string what,
        string importId, CancellationToken ct)
    {
        var tags = arn is null ? null : (await lmus.ListTagsForResourceAsync(new() { ResourceArn = arn }, ct).ConfigureAwait(false)).Tags;
        var verdict = Ownership.Judge(tags, request.Owner);
        return verdict == Ownership.Verdict.Own ? true : throw Ownership.Refusal(verdict, what, importId, request.ImportCommand);
    }
}
