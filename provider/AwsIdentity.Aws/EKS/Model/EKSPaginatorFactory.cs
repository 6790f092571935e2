namespace AwsIdentity.Aws.EKS.Model;

/// <summary>Builds paginators over any <see cref="IAmazonEKS"/>, including a mock.</summary>
public sealed class EKSPaginatorFactory(IAmazonEKS client) : IEKSPaginatorFactory
{
    public IListIdentityProviderConfigsPaginator ListIdentityProviderConfigs(ListIdentityProviderConfigsRequest request) =>
        new ListIdentityProviderConfigsPaginator(client, request);
}
