using System.Text.Json;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>ListTagsForResource: GET /tags/{ResourceArn} [botocore license-manager-user-subscriptions-2018-05-10].</summary>
internal sealed class ListTagsForResourceOperation()
    : RestJsonOperation<ListTagsForResourceRequest, ListTagsForResourceResponse>(LicenseManagerUserSubscriptionsService.Definition, "ListTagsForResource", "GET", "/tags/{ResourceArn}")
{
    public static ListTagsForResourceOperation Instance { get; } = new();

    protected override void Write(ListTagsForResourceRequest request, RestJsonRequestBuilder builder)
    {
        builder.Label("ResourceArn", request.ResourceArn, "ResourceArn");
    }

    protected override void Read(JsonElement root, ListTagsForResourceResponse response)
    {
        response.Tags = JsonRead.StrMap(root, "Tags");
    }
}
