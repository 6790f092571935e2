using Amazon.Runtime;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Pages through ListUserAssociations; sets <c>request.NextToken</c> per page as the official one does.</summary>
public sealed class ListUserAssociationsPaginator : IListUserAssociationsPaginator
{
    private readonly TokenPaginator<ListUserAssociationsResponse, InstanceUserSummary> _paginator;

    public ListUserAssociationsPaginator(IAmazonLicenseManagerUserSubscriptions client, ListUserAssociationsRequest request)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        _paginator = new(
            request.NextToken,
            (token, ct) =>
            {
                request.NextToken = token;
                return client.ListUserAssociationsAsync(request, ct);
            },
            page => page.NextToken,
            page => page.InstanceUserSummaries);
    }

    public IPaginatedEnumerable<ListUserAssociationsResponse> Responses => _paginator.Responses;

    public IPaginatedEnumerable<InstanceUserSummary> InstanceUserSummaries => _paginator.Items;
}
