using System.Text.Json;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>AssociateUser: POST /user/AssociateUser [botocore license-manager-user-subscriptions-2018-05-10].</summary>
internal sealed class AssociateUserOperation()
    : RestJsonOperation<AssociateUserRequest, AssociateUserResponse>(LicenseManagerUserSubscriptionsService.Definition, "AssociateUser", "POST", "/user/AssociateUser")
{
    public static AssociateUserOperation Instance { get; } = new();

    protected override void Write(AssociateUserRequest request, RestJsonRequestBuilder builder)
    {
        var body = builder.Body;
        body.Str("Username", request.Username);
        body.Str("InstanceId", request.InstanceId);
        body.Obj("IdentityProvider", request.IdentityProvider, LicenseManagerUserSubscriptionsShapeWriters.WriteIdentityProvider);
        body.Str("Domain", request.Domain);
        body.StrMap("Tags", request.Tags);
    }

    protected override void Read(JsonElement root, AssociateUserResponse response)
    {
        response.InstanceUserSummary = JsonRead.Obj(root, "InstanceUserSummary", LicenseManagerUserSubscriptionsShapeReaders.ReadInstanceUserSummary);
    }
}
