using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Single-use paginator over ListProductSubscriptions.</summary>
public interface IListProductSubscriptionsPaginator
{
    /// <summary>Every page, following NextToken until the service stops returning one.</summary>
    IPaginatedEnumerable<ListProductSubscriptionsResponse> Responses { get; }

    /// <summary>The ProductUserSummaries of every page, in order.</summary>
    IPaginatedEnumerable<ProductUserSummary> ProductUserSummaries { get; }
}
