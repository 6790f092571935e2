using System.Text.Json;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>UpdateIdentityProviderSettings: POST /identity-provider/UpdateIdentityProviderSettings [botocore license-manager-user-subscriptions-2018-05-10].</summary>
internal sealed class UpdateIdentityProviderSettingsOperation()
    : RestJsonOperation<UpdateIdentityProviderSettingsRequest, UpdateIdentityProviderSettingsResponse>(LicenseManagerUserSubscriptionsService.Definition, "UpdateIdentityProviderSettings", "POST", "/identity-provider/UpdateIdentityProviderSettings")
{
    public static UpdateIdentityProviderSettingsOperation Instance { get; } = new();

    protected override void Write(UpdateIdentityProviderSettingsRequest request, RestJsonRequestBuilder builder)
    {
        var body = builder.Body;
        body.ProviderAndProduct(request.IdentityProvider, request.Product);
        body.Str("IdentityProviderArn", request.IdentityProviderArn);
        body.Obj("UpdateSettings", request.UpdateSettings, LicenseManagerUserSubscriptionsShapeWriters.WriteUpdateSettings);
    }

    protected override void Read(JsonElement root, UpdateIdentityProviderSettingsResponse response)
    {
        response.IdentityProviderSummary = JsonRead.Obj(root, "IdentityProviderSummary", LicenseManagerUserSubscriptionsShapeReaders.ReadIdentityProviderSummary);
    }
}
