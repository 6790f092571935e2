using Amazon.Runtime;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Pages through ListIdentityProviderConfigs; sets <c>request.NextToken</c> per page as the official one does.</summary>
public sealed class ListIdentityProviderConfigsPaginator : IListIdentityProviderConfigsPaginator
{
    private readonly TokenPaginator<ListIdentityProviderConfigsResponse, IdentityProviderConfig> _paginator;

    public ListIdentityProviderConfigsPaginator(IAmazonEKS client, ListIdentityProviderConfigsRequest request)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        _paginator = new(
            request.NextToken,
            (token, ct) =>
            {
                request.NextToken = token;
                return client.ListIdentityProviderConfigsAsync(request, ct);
            },
            page => page.NextToken,
            page => page.IdentityProviderConfigs);
    }

    public IPaginatedEnumerable<ListIdentityProviderConfigsResponse> Responses => _paginator.Responses;

    public IPaginatedEnumerable<IdentityProviderConfig> IdentityProviderConfigs => _paginator.Items;
}
