namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Paginators for the License Manager User Subscriptions list operations.</summary>
public interface ILicenseManagerUserSubscriptionsPaginatorFactory
{
    IListUserAssociationsPaginator ListUserAssociations(ListUserAssociationsRequest request);

    IListIdentityProvidersPaginator ListIdentityProviders(ListIdentityProvidersRequest request);

    IListInstancesPaginator ListInstances(ListInstancesRequest request);

    IListProductSubscriptionsPaginator ListProductSubscriptions(ListProductSubscriptionsRequest request);
}
