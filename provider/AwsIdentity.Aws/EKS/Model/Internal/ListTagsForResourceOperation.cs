using System.Text.Json;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS.Model.Internal;

/// <summary>ListTagsForResource: GET /tags/{resourceArn} [botocore eks-2017-11-01].</summary>
internal sealed class ListTagsForResourceOperation()
    : RestJsonOperation<ListTagsForResourceRequest, ListTagsForResourceResponse>(EKSService.Definition, "ListTagsForResource", "GET", "/tags/{resourceArn}")
{
    public static ListTagsForResourceOperation Instance { get; } = new();

    protected override void Write(ListTagsForResourceRequest request, RestJsonRequestBuilder builder)
    {
        builder.Label("resourceArn", request.ResourceArn, "ResourceArn");
    }

    protected override void Read(JsonElement root, ListTagsForResourceResponse response)
    {
        response.Tags = JsonRead.StrMap(root, "tags");
    }
}
