using System.Text.Json;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS.Model.Internal;

/// <summary>UntagResource: DELETE /tags/{resourceArn} [botocore eks-2017-11-01].</summary>
internal sealed class UntagResourceOperation()
    : RestJsonOperation<UntagResourceRequest, UntagResourceResponse>(EKSService.Definition, "UntagResource", "DELETE", "/tags/{resourceArn}")
{
    public static UntagResourceOperation Instance { get; } = new();

    protected override void Write(UntagResourceRequest request, RestJsonRequestBuilder builder)
    {
        builder.Label("resourceArn", request.ResourceArn, "ResourceArn");
        builder.Query("tagKeys", request.TagKeys);
    }

    protected override void Read(JsonElement root, UntagResourceResponse response)
    {
    }
}
