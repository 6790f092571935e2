using Amazon.Runtime;
using Amazon.Runtime.Internal;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions;

/// <summary>
/// License Manager User Subscriptions client on AWSSDK.Core (credentials, SigV4, standard retries,
/// endpoint overrides); marshalling of the operations below is ours. Thread-safe; reuse one instance.
/// </summary>
public sealed class AmazonLicenseManagerUserSubscriptionsClient : RestJsonServiceClient, IAmazonLicenseManagerUserSubscriptions
{
    private static readonly IServiceMetadata Metadata =
        new RestJsonServiceMetadata(AmazonLicenseManagerUserSubscriptionsConfig.ServiceIdValue);

    private ILicenseManagerUserSubscriptionsPaginatorFactory? _paginators;

    /// <summary>Credentials from the default chain, resolved per request.</summary>
    public AmazonLicenseManagerUserSubscriptionsClient(AmazonLicenseManagerUserSubscriptionsConfig config)
        : base(config)
    {
    }

    public AmazonLicenseManagerUserSubscriptionsClient(AWSCredentials credentials, AmazonLicenseManagerUserSubscriptionsConfig config)
        : base(credentials, config)
    {
    }

    public ILicenseManagerUserSubscriptionsPaginatorFactory Paginators =>
        _paginators ??= new LicenseManagerUserSubscriptionsPaginatorFactory(this);

    protected override IServiceMetadata ServiceMetadata => Metadata;

    public Task<AssociateUserResponse> AssociateUserAsync(
        AssociateUserRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, AssociateUserOperation.Instance, cancellationToken);

    public Task<DisassociateUserResponse> DisassociateUserAsync(
        DisassociateUserRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, DisassociateUserOperation.Instance, cancellationToken);

    public Task<ListUserAssociationsResponse> ListUserAssociationsAsync(
        ListUserAssociationsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, ListUserAssociationsOperation.Instance, cancellationToken);

    public Task<ListIdentityProvidersResponse> ListIdentityProvidersAsync(
        ListIdentityProvidersRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, ListIdentityProvidersOperation.Instance, cancellationToken);

    public Task<RegisterIdentityProviderResponse> RegisterIdentityProviderAsync(
        RegisterIdentityProviderRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, RegisterIdentityProviderOperation.Instance, cancellationToken);

    public Task<UpdateIdentityProviderSettingsResponse> UpdateIdentityProviderSettingsAsync(
        UpdateIdentityProviderSettingsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, UpdateIdentityProviderSettingsOperation.Instance, cancellationToken);

    public Task<DeregisterIdentityProviderResponse> DeregisterIdentityProviderAsync(
        DeregisterIdentityProviderRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, DeregisterIdentityProviderOperation.Instance, cancellationToken);

    public Task<StartProductSubscriptionResponse> StartProductSubscriptionAsync(
        StartProductSubscriptionRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, StartProductSubscriptionOperation.Instance, cancellationToken);

    public Task<StopProductSubscriptionResponse> StopProductSubscriptionAsync(
        StopProductSubscriptionRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, StopProductSubscriptionOperation.Instance, cancellationToken);

    public Task<ListProductSubscriptionsResponse> ListProductSubscriptionsAsync(
        ListProductSubscriptionsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, ListProductSubscriptionsOperation.Instance, cancellationToken);

    public Task<ListInstancesResponse> ListInstancesAsync(
        ListInstancesRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, ListInstancesOperation.Instance, cancellationToken);

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
