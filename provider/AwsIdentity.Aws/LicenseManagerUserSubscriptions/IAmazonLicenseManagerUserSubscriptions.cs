using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions;

/// <summary>
/// The License Manager User Subscriptions operations this provider uses, with the official
/// <c>IAmazonLicenseManagerUserSubscriptions</c> names and shapes.
/// </summary>
public interface IAmazonLicenseManagerUserSubscriptions : IDisposable
{
    /// <summary>Paginators (single use) over the list operations.</summary>
    ILicenseManagerUserSubscriptionsPaginatorFactory Paginators { get; }

    Task<AssociateUserResponse> AssociateUserAsync(
        AssociateUserRequest request, CancellationToken cancellationToken = default);

    Task<DisassociateUserResponse> DisassociateUserAsync(
        DisassociateUserRequest request, CancellationToken cancellationToken = default);

    Task<ListUserAssociationsResponse> ListUserAssociationsAsync(
        ListUserAssociationsRequest request, CancellationToken cancellationToken = default);

    Task<ListIdentityProvidersResponse> ListIdentityProvidersAsync(
        ListIdentityProvidersRequest request, CancellationToken cancellationToken = default);

    Task<RegisterIdentityProviderResponse> RegisterIdentityProviderAsync(
        RegisterIdentityProviderRequest request, CancellationToken cancellationToken = default);

    Task<UpdateIdentityProviderSettingsResponse> UpdateIdentityProviderSettingsAsync(
        UpdateIdentityProviderSettingsRequest request, CancellationToken cancellationToken = default);

    Task<DeregisterIdentityProviderResponse> DeregisterIdentityProviderAsync(
        DeregisterIdentityProviderRequest request, CancellationToken cancellationToken = default);

    Task<StartProductSubscriptionResponse> StartProductSubscriptionAsync(
        StartProductSubscriptionRequest request, CancellationToken cancellationToken = default);

    Task<StopProductSubscriptionResponse> StopProductSubscriptionAsync(
        StopProductSubscriptionRequest request, CancellationToken cancellationToken = default);

    Task<ListProductSubscriptionsResponse> ListProductSubscriptionsAsync(
        ListProductSubscriptionsRequest request, CancellationToken cancellationToken = default);

    Task<ListInstancesResponse> ListInstancesAsync(
        ListInstancesRequest request, CancellationToken cancellationToken = default);

    Task<TagResourceResponse> TagResourceAsync(
        TagResourceRequest request, CancellationToken cancellationToken = default);

    Task<UntagResourceResponse> UntagResourceAsync(
        UntagResourceRequest request, CancellationToken cancellationToken = default);

    Task<ListTagsForResourceResponse> ListTagsForResourceAsync(
        ListTagsForResourceRequest request, CancellationToken cancellationToken = default);
}
