using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// The create call of a License Manager User Subscriptions object, for every kind: sent with the owner marker among its
/// tags (Ownership.cs), and when AWS answers ConflictException (the object exists), carried on with the object an
/// earlier attempt of this resource made, or refused. The find decides: it returns the own object, null for a change
/// still in flight (the call is tried again), or throws the refusal.
/// </summary>
internal static class LmusCreation
{
    /// <summary>The tags a create sends: <paramref name="tagsAll"/> and the owner marker, or none.</summary>
    public static Dictionary<string, string>? Tags(IReadOnlyDictionary<string, string> tagsAll, string? owner) =>
        Ownership.Marked(tagsAll, owner) is { Count: > 0 } marked ? marked.ToDictionary() : null;

    /// <summary>The object the create started, and whether it was adopted; <paramref name="adopting"/> says, for the
    /// warning, what was found.</summary>
    public static async Task<(T? Started, bool Adopted)> StartAsync<T>(OperationContext context, string action,
        Func<CancellationToken, Task<T?>> create, Func<CancellationToken, Task<T?>> findOwn, Func<T, string> adopting) where T : class
    {
        var adopted = false;
        var started = await context.RetryAsync(action, async c =>
        {
            try
            {
                return await create(c).ConfigureAwait(false);
            }
            catch (ConflictException)
            {
                // Our own earlier attempt (an engine retry, a provider restarted mid-create) may have made the object
                // already: carry on with it rather than fail or make it twice. Anyone else's is refused by findOwn.
                if (await findOwn(c).ConfigureAwait(false) is not { } existing) throw;
                adopted = true;
                await context.WarnAsync($"{action}: {adopting(existing)}").ConfigureAwait(false);
                return existing;
            }
        }).ConfigureAwait(false);
        return (started, adopted);
    }
}
