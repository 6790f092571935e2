using System.Text.Json;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS.Model.Internal;

/// <summary>TagResource: POST /tags/{resourceArn} [botocore eks-2017-11-01].</summary>
internal sealed class TagResourceOperation()
    : RestJsonOperation<TagResourceRequest, TagResourceResponse>(EKSService.Definition, "TagResource", "POST", "/tags/{resourceArn}")
{
    public static TagResourceOperation Instance { get; } = new();

    protected override void Write(TagResourceRequest request, RestJsonRequestBuilder builder)
    {
        builder.Label("resourceArn", request.ResourceArn, "ResourceArn");
        var body = builder.Body;
        body.StrMap("tags", request.Tags);
    }

    protected override void Read(JsonElement root, TagResourceResponse response)
    {
    }
}
