using Amazon.Runtime;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Pages through ListIdentityProviders; sets <c>request.NextToken</c> per page as the official one does.</summary>
public sealed class ListIdentityProvidersPaginator : NextTokenPaginator<ListIdentityProvidersResponse, IdentityProviderSummary>, IListIdentityProvidersPaginator
{
    public ListIdentityProvidersPaginator(IAmazonLicenseManagerUserSubscriptions client, ListIdentityProvidersRequest request)
        : base(client, request, ct => client.ListIdentityProvidersAsync(request, ct), page => page.NextToken, page => page.IdentityProviderSummaries)
    {
    }

    public IPaginatedEnumerable<IdentityProviderSummary> IdentityProviderSummaries => Items;
}
