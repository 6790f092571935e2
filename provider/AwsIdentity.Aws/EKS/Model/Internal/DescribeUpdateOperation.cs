using System.Text.Json;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS.Model.Internal;

/// <summary>DescribeUpdate: GET /clusters/{name}/updates/{updateId} [botocore eks-2017-11-01].</summary>
internal sealed class DescribeUpdateOperation()
    : RestJsonOperation<DescribeUpdateRequest, DescribeUpdateResponse>(EKSService.Definition, "DescribeUpdate", "GET", "/clusters/{name}/updates/{updateId}")
{
    public static DescribeUpdateOperation Instance { get; } = new();

    protected override void Write(DescribeUpdateRequest request, RestJsonRequestBuilder builder)
    {
        builder.Label("name", request.Name, "Name");
        builder.Label("updateId", request.UpdateId, "UpdateId");
        builder.Query("nodegroupName", request.NodegroupName);
        builder.Query("addonName", request.AddonName);
        builder.Query("capabilityName", request.CapabilityName);
    }

    protected override void Read(JsonElement root, DescribeUpdateResponse response)
    {
        response.Update = JsonRead.Obj(root, "update", EKSShapeReaders.ReadUpdate);
    }
}
