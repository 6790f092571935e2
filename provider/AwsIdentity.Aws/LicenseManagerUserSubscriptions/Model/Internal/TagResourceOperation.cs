using System.Text.Json;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>TagResource: PUT /tags/{ResourceArn} [botocore license-manager-user-subscriptions-2018-05-10].</summary>
internal sealed class TagResourceOperation()
    : RestJsonOperation<TagResourceRequest, TagResourceResponse>(LicenseManagerUserSubscriptionsService.Definition, "TagResource", "PUT", "/tags/{ResourceArn}")
{
    public static TagResourceOperation Instance { get; } = new();

    protected override void Write(TagResourceRequest request, RestJsonRequestBuilder builder)
    {
        builder.Label("ResourceArn", request.ResourceArn, "ResourceArn");
        var body = builder.Body;
        body.StrMap("Tags", request.Tags);
    }

    protected override void Read(JsonElement root, TagResourceResponse response)
    {
    }
}
