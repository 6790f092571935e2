using Amazon.Runtime;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Pages through ListProductSubscriptions; sets <c>request.NextToken</c> per page as the official one does.</summary>
public sealed class ListProductSubscriptionsPaginator : NextTokenPaginator<ListProductSubscriptionsResponse, ProductUserSummary>, IListProductSubscriptionsPaginator
{
    public ListProductSubscriptionsPaginator(IAmazonLicenseManagerUserSubscriptions client, ListProductSubscriptionsRequest request)
        : base(client, request, ct => client.ListProductSubscriptionsAsync(request, ct), page => page.NextToken, page => page.ProductUserSummaries)
    {
    }

    public IPaginatedEnumerable<ProductUserSummary> ProductUserSummaries => Items;
}
