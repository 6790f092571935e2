using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>The read of a listed LMUS object and its tags, where every sign of its absence means it is gone.</summary>
internal static class LmusRead
{
    /// <summary>
    /// The object <paramref name="find"/> lists, with its tags (without the marker); null when it is gone: not
    /// listed, listed in a status that means gone (<paramref name="gone"/>), or what it belongs to (an instance, a directory)
    /// or the object itself is no longer found (ResourceNotFoundException).
    /// </summary>
    public static async Task<(T Live, IReadOnlyDictionary<string, string>? Tags)?> FindAsync<T>(OperationContext context, string action,
        Func<CancellationToken, Task<T?>> find, Func<T, bool> gone, Func<T, string?> arnOf) where T : class
    {
        try
        {
            var live = await context.RetryAsync(action, find).ConfigureAwait(false);
            if (live is null || gone(live)) return null;
            var (found, tags) = await LmusTags.ReadAsync(arnOf(live), context).ConfigureAwait(false);
            return found ? (live, tags) : null;
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }
}
