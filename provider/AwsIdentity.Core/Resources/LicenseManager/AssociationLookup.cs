using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// Finds associations. Waits use a fresh, filtered ListUserAssociations; reads go through a short-lived shared
/// listing per instance and directory (<see cref="SharedListing{TKey,TListing}"/>), so a refresh of many associations
/// on the same instance costs one (paginated) listing instead of one call each.
/// </summary>
public sealed class AssociationLookup(TimeProvider time)
{
    private readonly SharedListing<(string Instance, string Directory), UserListing<InstanceUserSummary>> _shared = new(time);

    /// <summary>How long one shared listing (all its pages) may take.</summary>
    public TimeSpan SharedListingTimeout => _shared.Timeout;

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

    /// <summary>
    /// The instances the user is still associated with through the directory (LmusStatuses.IsHeld): ListInstances
    /// (the botocore model offers no filter on the identity provider, so every page is read and its directory compared),
    /// then the user's association on each of those instances.
    /// </summary>
    public static async Task<List<string>> HoldingInstancesAsync(IAmazonLicenseManagerUserSubscriptions lmus, IdentityProvider idp,
        string username, string? domain, CancellationToken ct)
    {
        var directory = idp.ActiveDirectoryIdentityProvider?.DirectoryId;
        var instances = new List<string>();
        await foreach (var instance in new ListInstancesPaginator(lmus, new ListInstancesRequest()).InstanceSummaries
                           .WithCancellation(ct).ConfigureAwait(false))
            if (instance.InstanceId is { } instanceId && instance.IdentityProvider?.ActiveDirectoryIdentityProvider?.DirectoryId == directory)
                instances.Add(instanceId);
        var holding = new List<string>();
        foreach (var instanceId in instances)
            if (await FindFresh(lmus, instanceId, idp, username, domain, ct).ConfigureAwait(false) is { } a
                && UserAssociationWaits.Statuses.IsHeld(a.Status))
                holding.Add(instanceId);
        return holding;
    }

    /// <summary>The association as seen by a recent listing of its instance and directory (for reads).</summary>
    public async Task<InstanceUserSummary?> FindShared(IAmazonLicenseManagerUserSubscriptions lmus, UserAssociationId id, CancellationToken ct) =>
        (await _shared.ForRead(Key(id), c => ListAll(lmus, Key(id), c), ct).ConfigureAwait(false)).Find(id.Username, id.Domain);

    /// <summary>
    /// One poll of a wait. Alone on its instance, a wait asks for its user only (filtered by Username and Domain);
    /// when several waits poll the same instance and directory, one shared listing answers all of them.
    /// </summary>
    public Task<InstanceUserSummary?> FindForWait(IAmazonLicenseManagerUserSubscriptions lmus, UserAssociationId id,
        IdentityProvider idp, CancellationToken ct) =>
        _shared.ForWait(Key(id), c => ListAll(lmus, Key(id), c), l => l.Find(id.Username, id.Domain),
            c => FindFresh(lmus, id.InstanceId, idp, id.Username, id.Domain, c), ct);

    /// <summary>Marks a wait on an instance and directory as running until disposed.</summary>
    public IDisposable Waiting(UserAssociationId id) => _shared.Waiting(Key(id));

    /// <summary>Forgets the shared listing of an instance after this provider changed one of its associations.</summary>
    public void Invalidate(string instanceId, string directoryId) => _shared.Invalidate((instanceId, directoryId));

    private static (string, string) Key(UserAssociationId id) => (id.InstanceId, id.DirectoryId);

    private static async Task<UserListing<InstanceUserSummary>> ListAll(IAmazonLicenseManagerUserSubscriptions lmus, (string Instance, string Directory) key,
        CancellationToken ct)
    {
        var items = new List<InstanceUserSummary>();
        var request = new ListUserAssociationsRequest
        {
            InstanceId = key.Instance,
            IdentityProvider = UserAssociationMapping.ForDirectory(key.Directory),
            MaxResults = 100,
        };
        await foreach (var item in Pages(lmus, request).WithCancellation(ct).ConfigureAwait(false)) items.Add(item);
        return new UserListing<InstanceUserSummary>(items, s => s.Username, UserAssociationMapping.Pick);
    }

    // The client library's paginator (NextToken loop, repeated-token guard), built on the client itself so a
    // mocked ListUserAssociationsAsync serves it too.
    private static IAsyncEnumerable<InstanceUserSummary> Pages(IAmazonLicenseManagerUserSubscriptions lmus, ListUserAssociationsRequest request) =>
        new ListUserAssociationsPaginator(lmus, request).InstanceUserSummaries;
}
