using System.Text.Json;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>DeregisterIdentityProvider: POST /identity-provider/DeregisterIdentityProvider [botocore license-manager-user-subscriptions-2018-05-10].</summary>
internal sealed class DeregisterIdentityProviderOperation()
    : RestJsonOperation<DeregisterIdentityProviderRequest, DeregisterIdentityProviderResponse>(LicenseManagerUserSubscriptionsService.Definition, "DeregisterIdentityProvider", "POST", "/identity-provider/DeregisterIdentityProvider")
{
    public static DeregisterIdentityProviderOperation Instance { get; } = new();

    protected override void Write(DeregisterIdentityProviderRequest request, RestJsonRequestBuilder builder)
    {
        var body = builder.Body;
        body.ProviderAndProduct(request.IdentityProvider, request.Product);
        body.Str("IdentityProviderArn", request.IdentityProviderArn);
    }

    protected override void Read(JsonElement root, DeregisterIdentityProviderResponse response)
    {
        response.IdentityProviderSummary = JsonRead.Obj(root, "IdentityProviderSummary", LicenseManagerUserSubscriptionsShapeReaders.ReadIdentityProviderSummary);
    }
}
