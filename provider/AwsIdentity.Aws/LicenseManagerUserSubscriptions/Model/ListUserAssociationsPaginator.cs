using Amazon.Runtime;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Pages through ListUserAssociations; sets <c>request.NextToken</c> per page as the official one does.</summary>
public sealed class ListUserAssociationsPaginator : NextTokenPaginator<ListUserAssociationsResponse, InstanceUserSummary>, IListUserAssociationsPaginator
{
    public ListUserAssociationsPaginator(IAmazonLicenseManagerUserSubscriptions client, ListUserAssociationsRequest request)
        : base(client, request, ct => client.ListUserAssociationsAsync(request, ct), page => page.NextToken, page => page.InstanceUserSummaries)
    {
    }

    public IPaginatedEnumerable<InstanceUserSummary> InstanceUserSummaries => Items;
}
