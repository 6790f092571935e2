using Amazon.Runtime;

namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Single-use paginator over ListIdentityProviderConfigs.</summary>
public interface IListIdentityProviderConfigsPaginator
{
    /// <summary>Every page, following nextToken until the service stops returning one.</summary>
    IPaginatedEnumerable<ListIdentityProviderConfigsResponse> Responses { get; }

    /// <summary>The configs of every page, in order.</summary>
    IPaginatedEnumerable<IdentityProviderConfig> IdentityProviderConfigs { get; }
}
