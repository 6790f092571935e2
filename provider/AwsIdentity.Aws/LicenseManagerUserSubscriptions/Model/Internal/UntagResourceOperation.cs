using System.Text.Json;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>UntagResource: DELETE /tags/{ResourceArn} [botocore license-manager-user-subscriptions-2018-05-10].</summary>
internal sealed class UntagResourceOperation()
    : RestJsonOperation<UntagResourceRequest, UntagResourceResponse>(LicenseManagerUserSubscriptionsService.Definition, "UntagResource", "DELETE", "/tags/{ResourceArn}")
{
    public static UntagResourceOperation Instance { get; } = new();

    protected override void Write(UntagResourceRequest request, RestJsonRequestBuilder builder)
    {
        builder.Label("ResourceArn", request.ResourceArn, "ResourceArn");
        builder.Query("tagKeys", request.TagKeys);
    }

    protected override void Read(JsonElement root, UntagResourceResponse response)
    {
    }
}
