using System.Text.Json;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>ListUserAssociations: POST /user/ListUserAssociations [botocore license-manager-user-subscriptions-2018-05-10].</summary>
internal sealed class ListUserAssociationsOperation()
    : RestJsonOperation<ListUserAssociationsRequest, ListUserAssociationsResponse>(LicenseManagerUserSubscriptionsService.Definition, "ListUserAssociations", "POST", "/user/ListUserAssociations")
{
    public static ListUserAssociationsOperation Instance { get; } = new();

    protected override void Write(ListUserAssociationsRequest request, RestJsonRequestBuilder builder)
    {
        var body = builder.Body;
        body.Str("InstanceId", request.InstanceId);
        body.Obj("IdentityProvider", request.IdentityProvider, LicenseManagerUserSubscriptionsShapeWriters.WriteIdentityProvider);
        body.Int("MaxResults", request.MaxResults);
        body.List("Filters", request.Filters, LicenseManagerUserSubscriptionsShapeWriters.WriteFilter);
        body.Str("NextToken", request.NextToken);
    }

    protected override void Read(JsonElement root, ListUserAssociationsResponse response)
    {
        response.InstanceUserSummaries = JsonRead.List(root, "InstanceUserSummaries", LicenseManagerUserSubscriptionsShapeReaders.ReadInstanceUserSummary);
        response.NextToken = JsonRead.Str(root, "NextToken");
    }
}
