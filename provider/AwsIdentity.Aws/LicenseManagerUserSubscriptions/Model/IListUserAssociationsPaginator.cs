using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Single-use paginator over ListUserAssociations.</summary>
public interface IListUserAssociationsPaginator
{
    /// <summary>Every page, following NextToken until the service stops returning one.</summary>
    IPaginatedEnumerable<ListUserAssociationsResponse> Responses { get; }

    /// <summary>The InstanceUserSummaries of every page, in order.</summary>
    IPaginatedEnumerable<InstanceUserSummary> InstanceUserSummaries { get; }
}
