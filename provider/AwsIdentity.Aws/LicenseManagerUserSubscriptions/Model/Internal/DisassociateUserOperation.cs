using System.Text.Json;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>DisassociateUser: POST /user/DisassociateUser [botocore license-manager-user-subscriptions-2018-05-10].</summary>
internal sealed class DisassociateUserOperation()
    : RestJsonOperation<DisassociateUserRequest, DisassociateUserResponse>(LicenseManagerUserSubscriptionsService.Definition, "DisassociateUser", "POST", "/user/DisassociateUser")
{
    public static DisassociateUserOperation Instance { get; } = new();

    protected override void Write(DisassociateUserRequest request, RestJsonRequestBuilder builder)
    {
        var body = builder.Body;
        body.Str("Username", request.Username);
        body.Str("InstanceId", request.InstanceId);
        body.Obj("IdentityProvider", request.IdentityProvider, LicenseManagerUserSubscriptionsShapeWriters.WriteIdentityProvider);
        body.Str("InstanceUserArn", request.InstanceUserArn);
        body.Str("Domain", request.Domain);
    }

    protected override void Read(JsonElement root, DisassociateUserResponse response)
    {
        response.InstanceUserSummary = JsonRead.Obj(root, "InstanceUserSummary", LicenseManagerUserSubscriptionsShapeReaders.ReadInstanceUserSummary);
    }
}
