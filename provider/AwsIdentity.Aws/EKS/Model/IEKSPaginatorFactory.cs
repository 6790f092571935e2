namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Paginators for the EKS list operations (official name: IEKSPaginatorFactory).</summary>
public interface IEKSPaginatorFactory
{
    IListIdentityProviderConfigsPaginator ListIdentityProviderConfigs(ListIdentityProviderConfigsRequest request);
}
