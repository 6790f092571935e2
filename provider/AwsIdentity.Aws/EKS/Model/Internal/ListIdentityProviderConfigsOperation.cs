using System.Text.Json;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS.Model.Internal;

/// <summary>ListIdentityProviderConfigs: GET /clusters/{name}/identity-provider-configs [botocore eks-2017-11-01].</summary>
internal sealed class ListIdentityProviderConfigsOperation()
    : RestJsonOperation<ListIdentityProviderConfigsRequest, ListIdentityProviderConfigsResponse>(EKSService.Definition, "ListIdentityProviderConfigs", "GET", "/clusters/{name}/identity-provider-configs")
{
    public static ListIdentityProviderConfigsOperation Instance { get; } = new();

    protected override void Write(ListIdentityProviderConfigsRequest request, RestJsonRequestBuilder builder)
    {
        builder.Label("name", request.ClusterName, "ClusterName");
        builder.Query("maxResults", request.MaxResults);
        builder.Query("nextToken", request.NextToken);
    }

    protected override void Read(JsonElement root, ListIdentityProviderConfigsResponse response)
    {
        response.IdentityProviderConfigs = JsonRead.List(root, "identityProviderConfigs", EKSShapeReaders.ReadIdentityProviderConfig);
        response.NextToken = JsonRead.Str(root, "nextToken");
    }
}
