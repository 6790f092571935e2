using System.Collections.Concurrent;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// Finds associations. Waits use a fresh, filtered ListUserAssociations; reads go through a short-lived shared
/// listing per instance and directory, so a refresh of many associations on the same instance costs one
/// (paginated) listing instead of one call each, and concurrent reads of one instance share the same call.
/// </summary>
public sealed class AssociationLookup(TimeProvider time)
{
    /// <summary>How long a listing serves later reads; a refresh reads all resources within moments.</summary>
    public TimeSpan ListingLifetime { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one shared listing (all its pages) may take.</summary>
    public TimeSpan SharedListingTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How old a listing may be to serve the polls of several waits on one instance: less than their gap.</summary>
    public TimeSpan PollSharing { get; init; } = TimeSpan.FromMilliseconds(500);

    private readonly ConcurrentDictionary<(string Instance, string Directory), Lazy<Task<AssociationListing>>> _listings = new();
    private readonly ConcurrentDictionary<(string Instance, string Directory), Lazy<Task<AssociationListing>>> _pollListings = new();
    private readonly ConcurrentDictionary<(string Instance, string Directory), int> _waits = new();

    /// <summary>The association, read now (for waits): filtered by user name (and domain when set).</summary>
    public static async Task<InstanceUserSummary?> FindFresh(IAmazonLicenseManagerUserSubscriptions lmus, string instanceId,
        IdentityProvider identityProvider, string username, string? domain, CancellationToken ct)
    {
        var request = new ListUserAssociationsRequest
        {
            InstanceId = instanceId, IdentityProvider = identityProvider, Filters = LmusNames.Filters(username, domain),
        };
        var items = new List<InstanceUserSummary>();
        await foreach (var item in Pages(lmus, request).WithCancellation(ct).ConfigureAwait(false)) items.Add(item);
        return UserAssociationMapping.Pick(items, username, domain);
    }

    /// <summary>The association as seen by a recent listing of its instance and directory (for reads).</summary>
    public Task<InstanceUserSummary?> FindShared(IAmazonLicenseManagerUserSubscriptions lmus, UserAssociationId id, CancellationToken ct) =>
        FromListing(_listings, ListingLifetime, lmus, id, ct);

    /// <summary>
    /// One poll of a wait. Alone on its instance, a wait asks for its user only (filtered by Username and Domain);
    /// when several waits poll the same instance and directory (a stack associating many users at once), one
    /// listing younger than <see cref="PollSharing"/> answers all of them, so polls do not grow with the users.
    /// </summary>
    public Task<InstanceUserSummary?> FindForWait(IAmazonLicenseManagerUserSubscriptions lmus, UserAssociationId id,
        IdentityProvider idp, CancellationToken ct) =>
        _waits.GetValueOrDefault((id.InstanceId, id.DirectoryId)) > 1
            ? FromListing(_pollListings, PollSharing, lmus, id, ct)
            : FindFresh(lmus, id.InstanceId, idp, id.Username, id.Domain, ct);

    /// <summary>Marks a wait on an instance and directory as running until disposed.</summary>
    public IDisposable Waiting(UserAssociationId id)
    {
        var key = (id.InstanceId, id.DirectoryId);
        _waits.AddOrUpdate(key, 1, (_, n) => n + 1);
        return new Release(() => _waits.AddOrUpdate(key, 0, (_, n) => Math.Max(0, n - 1)));
    }

    private sealed class Release(Action action) : IDisposable
    {
        private int _done;
        public void Dispose() { if (Interlocked.Exchange(ref _done, 1) == 0) action(); }
    }

    private async Task<InstanceUserSummary?> FromListing(ConcurrentDictionary<(string, string), Lazy<Task<AssociationListing>>> cache,
        TimeSpan maxAge, IAmazonLicenseManagerUserSubscriptions lmus, UserAssociationId id, CancellationToken ct)
    {
        var key = (id.InstanceId, id.DirectoryId);
        for (var attempt = 0; ; attempt++)
        {
            // The listing is shared, so it must not die with the first caller's token: it gets its own deadline,
            // and each caller stops waiting for it when its own token fires.
            var lazy = cache.GetOrAdd(key, _ => new Lazy<Task<AssociationListing>>(() => ListAll(lmus, key)));
            AssociationListing listing;
            try
            {
                listing = await lazy.Value.WaitAsync(ct).ConfigureAwait(false);
            }
            catch when (attempt == 0 && !ct.IsCancellationRequested)
            {
                cache.TryRemove(KeyValuePair.Create(key, lazy)); // a failed listing is not shared; try once more
                continue;
            }
            if (time.GetUtcNow() - listing.Taken > maxAge && attempt == 0)
            {
                cache.TryRemove(KeyValuePair.Create(key, lazy));
                continue;
            }
            return listing.Find(id.Username, id.Domain);
        }
    }

    /// <summary>Forgets the shared listing of an instance after this provider changed one of its associations.</summary>
    public void Invalidate(string instanceId, string directoryId)
    {
        _listings.TryRemove((instanceId, directoryId), out _);
        _pollListings.TryRemove((instanceId, directoryId), out _);
    }

    private async Task<AssociationListing> ListAll(IAmazonLicenseManagerUserSubscriptions lmus, (string Instance, string Directory) key)
    {
        using var deadline = new CancellationTokenSource(SharedListingTimeout, time);
        var ct = deadline.Token;
        var items = new List<InstanceUserSummary>();
        var request = new ListUserAssociationsRequest
        {
            InstanceId = key.Instance,
            IdentityProvider = UserAssociationMapping.ForDirectory(key.Directory),
            MaxResults = 100,
        };
        await foreach (var item in Pages(lmus, request).WithCancellation(ct).ConfigureAwait(false)) items.Add(item);
        return new AssociationListing(items, time.GetUtcNow());
    }

    // The client library's paginator (NextToken loop, repeated-token guard), built on the client itself so a
    // mocked ListUserAssociationsAsync serves it too.
    private static IAsyncEnumerable<InstanceUserSummary> Pages(IAmazonLicenseManagerUserSubscriptions lmus, ListUserAssociationsRequest request) =>
        new ListUserAssociationsPaginator(lmus, request).InstanceUserSummaries;
}
