using Amazon.Runtime;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Pages through ListIdentityProviderConfigs; sets <c>request.NextToken</c> per page as the official one does.</summary>
public sealed class ListIdentityProviderConfigsPaginator : NextTokenPaginator<ListIdentityProviderConfigsResponse, IdentityProviderConfig>, IListIdentityProviderConfigsPaginator
{
    public ListIdentityProviderConfigsPaginator(IAmazonEKS client, ListIdentityProviderConfigsRequest request)
        : base(client, request, ct => client.ListIdentityProviderConfigsAsync(request, ct), page => page.NextToken, page => page.IdentityProviderConfigs)
    {
    }

    public IPaginatedEnumerable<IdentityProviderConfig> IdentityProviderConfigs => Items;
}
