using System.Collections.Concurrent;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Provider.Resources.LicenseManager;

/// <summary>
/// Finds associations. Waits use a fresh, filtered ListUserAssociations; reads go through a short-lived shared
/// listing per instance and directory, so a refresh of many associations on the same instance costs one
/// (paginated) listing instead of one call each, and concurrent reads of one instance share the same call.
/// </summary>
public sealed class AssociationLookup(TimeProvider time)
{
    /// <summary>How long a listing serves later reads; a refresh reads all resources within moments.</summary>
    public TimeSpan ListingLifetime { get; init; } = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<(string Instance, string Directory), Lazy<Task<Listing>>> _listings = new();

    private sealed record Listing(IReadOnlyList<InstanceUserSummary> Items, DateTimeOffset Taken);

    /// <summary>The association, read now (for waits): filtered by user name (and domain when set).</summary>
    public static async Task<InstanceUserSummary?> FindFresh(IAmazonLicenseManagerUserSubscriptions lmus, string instanceId,
        IdentityProvider identityProvider, string username, string? domain, CancellationToken ct)
    {
        var filters = new List<Filter> { new() { Attribute = "Username", Operation = "eq", Value = username } };
        if (domain is not null) filters.Add(new Filter { Attribute = "Domain", Operation = "eq", Value = domain });
        var request = new ListUserAssociationsRequest { InstanceId = instanceId, IdentityProvider = identityProvider, Filters = filters };
        await foreach (var item in Pages(lmus, request, ct).ConfigureAwait(false))
            if (UserAssociationMapping.Matches(item, username, domain)) return item;
        return null;
    }

    /// <summary>The association as seen by a recent listing of its instance and directory (for reads).</summary>
    public async Task<InstanceUserSummary?> FindShared(IAmazonLicenseManagerUserSubscriptions lmus, UserAssociationId id, CancellationToken ct)
    {
        var key = (id.InstanceId, id.DirectoryId);
        for (var attempt = 0; ; attempt++)
        {
            var lazy = _listings.GetOrAdd(key, _ => new Lazy<Task<Listing>>(() => ListAll(lmus, key, ct)));
            Listing listing;
            try
            {
                listing = await lazy.Value.ConfigureAwait(false);
            }
            catch when (attempt == 0)
            {
                _listings.TryRemove(KeyValuePair.Create(key, lazy)); // a failed listing is not shared; try once more
                continue;
            }
            if (time.GetUtcNow() - listing.Taken > ListingLifetime && attempt == 0)
            {
                _listings.TryRemove(KeyValuePair.Create(key, lazy));
                continue;
            }
            return listing.Items.FirstOrDefault(s => UserAssociationMapping.Matches(s, id.Username, id.Domain));
        }
    }

    /// <summary>Forgets the shared listing of an instance after this provider changed one of its associations.</summary>
    public void Invalidate(string instanceId, string directoryId) => _listings.TryRemove((instanceId, directoryId), out _);

    private async Task<Listing> ListAll(IAmazonLicenseManagerUserSubscriptions lmus, (string Instance, string Directory) key, CancellationToken ct)
    {
        var items = new List<InstanceUserSummary>();
        var request = new ListUserAssociationsRequest
        {
            InstanceId = key.Instance,
            IdentityProvider = UserAssociationMapping.ForDirectory(key.Directory),
            MaxResults = 100,
        };
        await foreach (var item in Pages(lmus, request, ct).ConfigureAwait(false)) items.Add(item);
        return new Listing(items, time.GetUtcNow());
    }

    private static async IAsyncEnumerable<InstanceUserSummary> Pages(IAmazonLicenseManagerUserSubscriptions lmus,
        ListUserAssociationsRequest request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        do
        {
            var page = await lmus.ListUserAssociationsAsync(request, ct).ConfigureAwait(false);
            foreach (var item in page.InstanceUserSummaries ?? []) yield return item;
            request.NextToken = page.NextToken;
        } while (!string.IsNullOrEmpty(request.NextToken));
    }
}
