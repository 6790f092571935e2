using System.Text.Json;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS.Model.Internal;

/// <summary>DescribeIdentityProviderConfig: POST /clusters/{name}/identity-provider-configs/describe [botocore eks-2017-11-01].</summary>
internal sealed class DescribeIdentityProviderConfigOperation()
    : RestJsonOperation<DescribeIdentityProviderConfigRequest, DescribeIdentityProviderConfigResponse>(EKSService.Definition, "DescribeIdentityProviderConfig", "POST", "/clusters/{name}/identity-provider-configs/describe")
{
    public static DescribeIdentityProviderConfigOperation Instance { get; } = new();

    protected override void Write(DescribeIdentityProviderConfigRequest request, RestJsonRequestBuilder builder)
    {
        builder.Label("name", request.ClusterName, "ClusterName");
        var body = builder.Body;
        body.Obj("identityProviderConfig", request.IdentityProviderConfig, EKSShapeWriters.WriteIdentityProviderConfig);
    }

    protected override void Read(JsonElement root, DescribeIdentityProviderConfigResponse response)
    {
        response.IdentityProviderConfig = JsonRead.Obj(root, "identityProviderConfig", EKSShapeReaders.ReadIdentityProviderConfigResponse);
    }
}
