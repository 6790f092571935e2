using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// Finds registrations. ListIdentityProviders lists every registration of an account and region, so one listing per
/// region's client (<see cref="SharedListing{TKey,TListing}"/>) answers the reads of a whole refresh, and the polls of
/// waits that run at once; a wait alone lists for itself. An account has few registrations (one per directory and
/// product), so each caller picks its own from the listing.
/// </summary>
public sealed class RegistrationLookup(TimeProvider time)
{
    private readonly SharedListing<IAmazonLicenseManagerUserSubscriptions, IReadOnlyList<IdentityProviderSummary>> _shared = new(time);

    /// <summary>The registration, read now (adoption, and a wait that polls alone).</summary>
    public static async Task<IdentityProviderSummary?> FindFresh(IAmazonLicenseManagerUserSubscriptions lmus, IdentityProviderRegistrationId id,
        CancellationToken ct) =>
        IdentityProviderRegistrationMapping.Pick(await ListAll(lmus, ct).ConfigureAwait(false), id);

    /// <summary>The registration as a recent listing of its region shows it (reads).</summary>
    public async Task<IdentityProviderSummary?> FindShared(IAmazonLicenseManagerUserSubscriptions lmus, IdentityProviderRegistrationId id,
        CancellationToken ct) =>
        IdentityProviderRegistrationMapping.Pick(await _shared.ForRead(lmus, c => ListAll(lmus, c), ct).ConfigureAwait(false), id);

    /// <summary>One poll of a wait: a listing shared with the other waits of the region when there are any.</summary>
    public Task<IdentityProviderSummary?> FindForWait(IAmazonLicenseManagerUserSubscriptions lmus, IdentityProviderRegistrationId id,
        CancellationToken ct) =>
        _shared.ForWait(lmus, c => ListAll(lmus, c), l => IdentityProviderRegistrationMapping.Pick(l, id), c => FindFresh(lmus, id, c), ct);

    /// <summary>Marks a wait in a region as running until disposed.</summary>
    public IDisposable Waiting(IAmazonLicenseManagerUserSubscriptions lmus) => _shared.Waiting(lmus);

    /// <summary>Forgets the region's listings after this provider changed one of its registrations.</summary>
    public void Invalidate(IAmazonLicenseManagerUserSubscriptions lmus) => _shared.Invalidate(lmus);

    // The client library's paginator (NextToken loop, repeated-token guard), built on the client itself so a mocked
    // ListIdentityProvidersAsync serves it too.
    private static async Task<IReadOnlyList<IdentityProviderSummary>> ListAll(IAmazonLicenseManagerUserSubscriptions lmus, CancellationToken ct)
    {
        var items = new List<IdentityProviderSummary>();
        var pages = new ListIdentityProvidersPaginator(lmus, new ListIdentityProvidersRequest { MaxResults = 50 }).IdentityProviderSummaries;
        await foreach (var item in pages.WithCancellation(ct).ConfigureAwait(false)) items.Add(item);
        return items;
    }
}
