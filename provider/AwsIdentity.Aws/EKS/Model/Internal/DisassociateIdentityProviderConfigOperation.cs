using System.Text.Json;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS.Model.Internal;

/// <summary>DisassociateIdentityProviderConfig: POST /clusters/{name}/identity-provider-configs/disassociate [botocore eks-2017-11-01].</summary>
internal sealed class DisassociateIdentityProviderConfigOperation()
    : RestJsonOperation<DisassociateIdentityProviderConfigRequest, DisassociateIdentityProviderConfigResponse>(EKSService.Definition, "DisassociateIdentityProviderConfig", "POST", "/clusters/{name}/identity-provider-configs/disassociate")
{
    public static DisassociateIdentityProviderConfigOperation Instance { get; } = new();

    protected override void Write(DisassociateIdentityProviderConfigRequest request, RestJsonRequestBuilder builder)
    {
        builder.Label("name", request.ClusterName, "ClusterName");
        var body = builder.Body;
        body.Obj("identityProviderConfig", request.IdentityProviderConfig, EKSShapeWriters.WriteIdentityProviderConfig);
        body.Str("clientRequestToken", request.ClientRequestToken ?? Guid.NewGuid().ToString());
    }

    protected override void Read(JsonElement root, DisassociateIdentityProviderConfigResponse response)
    {
        response.Update = JsonRead.Obj(root, "update", EKSShapeReaders.ReadUpdate);
    }
}
