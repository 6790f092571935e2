using System.Text.Json;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS.Model.Internal;

/// <summary>AssociateIdentityProviderConfig: POST /clusters/{name}/identity-provider-configs/associate [botocore eks-2017-11-01].</summary>
internal sealed class AssociateIdentityProviderConfigOperation()
    : RestJsonOperation<AssociateIdentityProviderConfigRequest, AssociateIdentityProviderConfigResponse>(EKSService.Definition, "AssociateIdentityProviderConfig", "POST", "/clusters/{name}/identity-provider-configs/associate")
{
    public static AssociateIdentityProviderConfigOperation Instance { get; } = new();

    protected override void Write(AssociateIdentityProviderConfigRequest request, RestJsonRequestBuilder builder)
    {
        builder.Label("name", request.ClusterName, "ClusterName");
        var body = builder.Body;
        body.Obj("oidc", request.Oidc, EKSShapeWriters.WriteOidcIdentityProviderConfigRequest);
        body.StrMap("tags", request.Tags);
        body.Str("clientRequestToken", request.ClientRequestToken ?? Guid.NewGuid().ToString());
    }

    protected override void Read(JsonElement root, AssociateIdentityProviderConfigResponse response)
    {
        response.Update = JsonRead.Obj(root, "update", EKSShapeReaders.ReadUpdate);
        response.Tags = JsonRead.StrMap(root, "tags");
    }
}
