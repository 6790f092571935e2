using Amazon.Runtime;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Pages through ListInstances; sets <c>request.NextToken</c> per page as the official one does.</summary>
public sealed class ListInstancesPaginator : NextTokenPaginator<ListInstancesResponse, InstanceSummary>, IListInstancesPaginator
{
    public ListInstancesPaginator(IAmazonLicenseManagerUserSubscriptions client, ListInstancesRequest request)
        : base(client, request, ct => client.ListInstancesAsync(request, ct), page => page.NextToken, page => page.InstanceSummaries)
    {
    }

    public IPaginatedEnumerable<InstanceSummary> InstanceSummaries => Items;
}
