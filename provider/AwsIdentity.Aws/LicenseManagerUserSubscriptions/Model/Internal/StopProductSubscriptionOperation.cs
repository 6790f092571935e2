using System.Text.Json;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>StopProductSubscription: POST /user/StopProductSubscription [botocore license-manager-user-subscriptions-2018-05-10].</summary>
internal sealed class StopProductSubscriptionOperation()
    : RestJsonOperation<StopProductSubscriptionRequest, StopProductSubscriptionResponse>(LicenseManagerUserSubscriptionsService.Definition, "StopProductSubscription", "POST", "/user/StopProductSubscription")
{
    public static StopProductSubscriptionOperation Instance { get; } = new();

    protected override void Write(StopProductSubscriptionRequest request, RestJsonRequestBuilder builder)
    {
        var body = builder.Body;
        body.ProductUser(request.Username, request.IdentityProvider, request.Product, request.Domain);
        body.Str("ProductUserArn", request.ProductUserArn);
    }

    protected override void Read(JsonElement root, StopProductSubscriptionResponse response)
    {
        response.ProductUserSummary = JsonRead.Obj(root, "ProductUserSummary", LicenseManagerUserSubscriptionsShapeReaders.ReadProductUserSummary);
    }
}
