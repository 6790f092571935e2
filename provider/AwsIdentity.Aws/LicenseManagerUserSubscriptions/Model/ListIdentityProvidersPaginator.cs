using Amazon.Runtime;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Pages through ListIdentityProviders; sets <c>request.NextToken</c> per page as the official one does.</summary>
public sealed class ListIdentityProvidersPaginator : IListIdentityProvidersPaginator
{
    private readonly TokenPaginator<ListIdentityProvidersResponse, IdentityProviderSummary> _paginator;

    public ListIdentityProvidersPaginator(IAmazonLicenseManagerUserSubscriptions client, ListIdentityProvidersRequest request)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        _paginator = new(
            request.NextToken,
            (token, ct) =>
            {
                request.NextToken = token;
                return client.ListIdentityProvidersAsync(request, ct);
            },
            page => page.NextToken,
            page => page.IdentityProviderSummaries);
    }

    public IPaginatedEnumerable<ListIdentityProvidersResponse> Responses => _paginator.Responses;

    public IPaginatedEnumerable<IdentityProviderSummary> IdentityProviderSummaries => _paginator.Items;
}
