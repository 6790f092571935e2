using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Single-use paginator over ListInstances.</summary>
public interface IListInstancesPaginator
{
    /// <summary>Every page, following NextToken until the service stops returning one.</summary>
    IPaginatedEnumerable<ListInstancesResponse> Responses { get; }

    /// <summary>The InstanceSummaries of every page, in order.</summary>
    IPaginatedEnumerable<InstanceSummary> InstanceSummaries { get; }
}
