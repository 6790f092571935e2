using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Single-use paginator over ListIdentityProviders.</summary>
public interface IListIdentityProvidersPaginator
{
    /// <summary>Every page, following NextToken until the service stops returning one.</summary>
    IPaginatedEnumerable<ListIdentityProvidersResponse> Responses { get; }

    /// <summary>The IdentityProviderSummaries of every page, in order.</summary>
    IPaginatedEnumerable<IdentityProviderSummary> IdentityProviderSummaries { get; }
}
