using AwsIdentity.Aws.EKS.Model;

namespace AwsIdentity.Aws.EKS;

/// <summary>
/// The EKS operations this provider uses, with the official <c>Amazon.EKS.IAmazonEKS</c> names and
/// shapes, so the official package can replace this one by changing namespaces.
/// </summary>
public interface IAmazonEKS : IDisposable
{
    /// <summary>Paginators (single use) over the list operations.</summary>
    IEKSPaginatorFactory Paginators { get; }

    Task<AssociateIdentityProviderConfigResponse> AssociateIdentityProviderConfigAsync(
        AssociateIdentityProviderConfigRequest request, CancellationToken cancellationToken = default);

    Task<DisassociateIdentityProviderConfigResponse> DisassociateIdentityProviderConfigAsync(
        DisassociateIdentityProviderConfigRequest request, CancellationToken cancellationToken = default);

    Task<DescribeIdentityProviderConfigResponse> DescribeIdentityProviderConfigAsync(
        DescribeIdentityProviderConfigRequest request, CancellationToken cancellationToken = default);

    Task<ListIdentityProviderConfigsResponse> ListIdentityProviderConfigsAsync(
        ListIdentityProviderConfigsRequest request, CancellationToken cancellationToken = default);

    Task<DescribeUpdateResponse> DescribeUpdateAsync(
        DescribeUpdateRequest request, CancellationToken cancellationToken = default);

    Task<DescribeClusterResponse> DescribeClusterAsync(
        DescribeClusterRequest request, CancellationToken cancellationToken = default);

    Task<TagResourceResponse> TagResourceAsync(
        TagResourceRequest request, CancellationToken cancellationToken = default);

    Task<UntagResourceResponse> UntagResourceAsync(
        UntagResourceRequest request, CancellationToken cancellationToken = default);

    Task<ListTagsForResourceResponse> ListTagsForResourceAsync(
        ListTagsForResourceRequest request, CancellationToken cancellationToken = default);
}
