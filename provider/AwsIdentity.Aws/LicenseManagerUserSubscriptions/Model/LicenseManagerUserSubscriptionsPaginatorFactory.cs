namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Builds paginators over any <see cref="IAmazonLicenseManagerUserSubscriptions"/>, including a mock.</summary>
public sealed class LicenseManagerUserSubscriptionsPaginatorFactory(IAmazonLicenseManagerUserSubscriptions client)
    : ILicenseManagerUserSubscriptionsPaginatorFactory
{
    public IListUserAssociationsPaginator ListUserAssociations(ListUserAssociationsRequest request) =>
        new ListUserAssociationsPaginator(client, request);

    public IListIdentityProvidersPaginator ListIdentityProviders(ListIdentityProvidersRequest request) =>
        new ListIdentityProvidersPaginator(client, request);

    public IListInstancesPaginator ListInstances(ListInstancesRequest request) =>
        new ListInstancesPaginator(client, request);

    public IListProductSubscriptionsPaginator ListProductSubscriptions(ListProductSubscriptionsRequest request) =>
        new ListProductSubscriptionsPaginator(client, request);
}
