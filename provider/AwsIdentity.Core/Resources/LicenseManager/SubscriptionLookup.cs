using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// Finds product subscriptions. Reads, and the polls of waits that share a directory and product, go through a
/// short-lived shared listing of that directory and product (SharedListing.cs): a refresh of many subscriptions costs
/// one paginated ListProductSubscriptions, not one call each. A wait alone on its key asks for its user only.
/// </summary>
public sealed class SubscriptionLookup(TimeProvider time)
{
    private readonly SharedListing<(string Directory, string Product), UserListing<ProductUserSummary>> _shared = new(time);

    /// <summary>The subscription, read now: filtered by user name (and domain when set).</summary>
    public static async Task<ProductUserSummary?> FindFresh(IAmazonLicenseManagerUserSubscriptions lmus, IdentityProvider idp,
        ProductSubscriptionId id, CancellationToken ct)
    {
        var request = new ListProductSubscriptionsRequest
        {
            IdentityProvider = idp, Product = id.Product, Filters = LmusNames.Filters(id.Username, id.Domain),
        };
        var items = new List<ProductUserSummary>();
        await foreach (var item in Pages(lmus, request).WithCancellation(ct).ConfigureAwait(false)) items.Add(item);
        return Pick(items, id.Username, id.Domain);
    }

    /// <summary>The subscription as seen by a recent listing of its directory and product (for reads).</summary>
    public async Task<ProductUserSummary?> FindShared(IAmazonLicenseManagerUserSubscriptions lmus, ProductSubscriptionId id, CancellationToken ct) =>
        (await _shared.ForRead(Key(id), c => ListAll(lmus, Key(id), c), ct).ConfigureAwait(false)).Find(id.Username, id.Domain);

    /// <summary>One poll of a wait: a shared listing while other waits poll the same key, else a filtered one.</summary>
    public Task<ProductUserSummary?> FindForWait(IAmazonLicenseManagerUserSubscriptions lmus, ProductSubscriptionId id,
        IdentityProvider idp, CancellationToken ct) =>
        _shared.ForWait(Key(id), c => ListAll(lmus, Key(id), c), l => l.Find(id.Username, id.Domain), c => FindFresh(lmus, idp, id, c), ct);

    /// <summary>Marks a wait on a directory and product as running until disposed.</summary>
    public IDisposable Waiting(ProductSubscriptionId id) => _shared.Waiting(Key(id));

    /// <summary>Forgets the shared listing of a directory and product after this provider changed one of its subscriptions.</summary>
    public void Invalidate(ProductSubscriptionId id) => _shared.Invalidate(Key(id));

    /// <summary>The subscription of this user and domain; a live one before one that was stopped and is still listed.</summary>
    internal static ProductUserSummary? Pick(IEnumerable<ProductUserSummary> items, string username, string? domain) =>
        LmusNames.Pick(items, s => s.Username, s => s.Domain, username, domain, ProductSubscriptionStatus.IsGone);

    private static (string, string) Key(ProductSubscriptionId id) => (id.DirectoryId, id.Product);

    private static async Task<UserListing<ProductUserSummary>> ListAll(IAmazonLicenseManagerUserSubscriptions lmus,
        (string Directory, string Product) key, CancellationToken ct)
    {
        var request = new ListProductSubscriptionsRequest
        {
            IdentityProvider = UserAssociationMapping.ForDirectory(key.Directory), Product = key.Product, MaxResults = 100,
        };
        var items = new List<ProductUserSummary>();
        await foreach (var item in Pages(lmus, request).WithCancellation(ct).ConfigureAwait(false)) items.Add(item);
        return new UserListing<ProductUserSummary>(items, s => s.Username, Pick);
    }

    // The client library's paginator, built on the client itself so a mocked ListProductSubscriptionsAsync serves it too.
    private static IAsyncEnumerable<ProductUserSummary> Pages(IAmazonLicenseManagerUserSubscriptions lmus, ListProductSubscriptionsRequest request) =>
        new ListProductSubscriptionsPaginator(lmus, request).ProductUserSummaries;
}
