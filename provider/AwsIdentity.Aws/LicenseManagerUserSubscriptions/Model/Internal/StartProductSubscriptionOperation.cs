using System.Text.Json;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>StartProductSubscription: POST /user/StartProductSubscription [botocore license-manager-user-subscriptions-2018-05-10].</summary>
internal sealed class StartProductSubscriptionOperation()
    : RestJsonOperation<StartProductSubscriptionRequest, StartProductSubscriptionResponse>(LicenseManagerUserSubscriptionsService.Definition, "StartProductSubscription", "POST", "/user/StartProductSubscription")
{
    public static StartProductSubscriptionOperation Instance { get; } = new();

    protected override void Write(StartProductSubscriptionRequest request, RestJsonRequestBuilder builder)
    {
        var body = builder.Body;
        body.ProductUser(request.Username, request.IdentityProvider, request.Product, request.Domain);
        body.StrMap("Tags", request.Tags);
    }

    protected override void Read(JsonElement root, StartProductSubscriptionResponse response)
    {
        response.ProductUserSummary = JsonRead.Obj(root, "ProductUserSummary", LicenseManagerUserSubscriptionsShapeReaders.ReadProductUserSummary);
    }
}
