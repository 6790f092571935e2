using Amazon.Runtime;
using Amazon.Runtime.Internal;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.EKS.Model.Internal;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS;

/// <summary>
/// EKS client on AWSSDK.Core: the default credential chain, SigV4, the standard retry mode and
/// endpoint overrides come from the SDK; marshalling of the operations below is ours.
/// Thread-safe; create one per provider configuration and reuse it.
/// </summary>
public sealed class AmazonEKSClient : RestJsonServiceClient, IAmazonEKS
{
    private static readonly IServiceMetadata Metadata = new RestJsonServiceMetadata(AmazonEKSConfig.ServiceIdValue);
    private IEKSPaginatorFactory? _paginators;

    /// <summary>Credentials from the default chain (env, profiles, SSO, web identity, ECS, IMDS), resolved per request.</summary>
    public AmazonEKSClient(AmazonEKSConfig config)
        : base(config)
    {
    }

    public AmazonEKSClient(AWSCredentials credentials, AmazonEKSConfig config)
        : base(credentials, config)
    {
    }

    public IEKSPaginatorFactory Paginators => _paginators ??= new EKSPaginatorFactory(this);

    protected override IServiceMetadata ServiceMetadata => Metadata;

    public Task<AssociateIdentityProviderConfigResponse> AssociateIdentityProviderConfigAsync(
        AssociateIdentityProviderConfigRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, AssociateIdentityProviderConfigOperation.Instance, cancellationToken);

    public Task<DisassociateIdentityProviderConfigResponse> DisassociateIdentityProviderConfigAsync(
        DisassociateIdentityProviderConfigRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, DisassociateIdentityProviderConfigOperation.Instance, cancellationToken);

    public Task<DescribeIdentityProviderConfigResponse> DescribeIdentityProviderConfigAsync(
        DescribeIdentityProviderConfigRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, DescribeIdentityProviderConfigOperation.Instance, cancellationToken);

    public Task<ListIdentityProviderConfigsResponse> ListIdentityProviderConfigsAsync(
        ListIdentityProviderConfigsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, ListIdentityProviderConfigsOperation.Instance, cancellationToken);

    public Task<DescribeUpdateResponse> DescribeUpdateAsync(
        DescribeUpdateRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, DescribeUpdateOperation.Instance, cancellationToken);

    public Task<DescribeClusterResponse> DescribeClusterAsync(
        DescribeClusterRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, DescribeClusterOperation.Instance, cancellationToken);

    public Task<TagResourceResponse> TagResourceAsync(
        TagResourceRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, TagResourceOperation.Instance, cancellationToken);

    public Task<UntagResourceResponse> UntagResourceAsync(
        UntagResourceRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, UntagResourceOperation.Instance, cancellationToken);

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(
        ListTagsForResourceRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, ListTagsForResourceOperation.Instance, cancellationToken);
}
