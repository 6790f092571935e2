using Amazon.Runtime;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Pages through ListInstances; sets <c>request.NextToken</c> per page as the official one does.</summary>
public sealed class ListInstancesPaginator : IListInstancesPaginator
{
    private readonly TokenPaginator<ListInstancesResponse, InstanceSummary> _paginator;

    public ListInstancesPaginator(IAmazonLicenseManagerUserSubscriptions client, ListInstancesRequest request)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        _paginator = new(
            request.NextToken,
            (token, ct) =>
            {
                request.NextToken = token;
                return client.ListInstancesAsync(request, ct);
            },
            page => page.NextToken,
            page => page.InstanceSummaries);
    }

    public IPaginatedEnumerable<ListInstancesResponse> Responses => _paginator.Responses;

    public IPaginatedEnumerable<InstanceSummary> InstanceSummaries => _paginator.Items;
}
