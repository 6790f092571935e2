using System.Text.Json;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>RegisterIdentityProvider: POST /identity-provider/RegisterIdentityProvider [botocore license-manager-user-subscriptions-2018-05-10].</summary>
internal sealed class RegisterIdentityProviderOperation()
    : RestJsonOperation<RegisterIdentityProviderRequest, RegisterIdentityProviderResponse>(LicenseManagerUserSubscriptionsService.Definition, "RegisterIdentityProvider", "POST", "/identity-provider/RegisterIdentityProvider")
{
    public static RegisterIdentityProviderOperation Instance { get; } = new();

    protected override void Write(RegisterIdentityProviderRequest request, RestJsonRequestBuilder builder)
    {
        var body = builder.Body;
        body.ProviderAndProduct(request.IdentityProvider, request.Product);
        body.Obj("Settings", request.Settings, LicenseManagerUserSubscriptionsShapeWriters.WriteSettings);
        body.StrMap("Tags", request.Tags);
    }

    protected override void Read(JsonElement root, RegisterIdentityProviderResponse response)
    {
        response.IdentityProviderSummary = JsonRead.Obj(root, "IdentityProviderSummary", LicenseManagerUserSubscriptionsShapeReaders.ReadIdentityProviderSummary);
    }
}
