using System.Text.Json;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>ListProductSubscriptions: POST /user/ListProductSubscriptions [botocore license-manager-user-subscriptions-2018-05-10].</summary>
internal sealed class ListProductSubscriptionsOperation()
    : RestJsonOperation<ListProductSubscriptionsRequest, ListProductSubscriptionsResponse>(LicenseManagerUserSubscriptionsService.Definition, "ListProductSubscriptions", "POST", "/user/ListProductSubscriptions")
{
    public static ListProductSubscriptionsOperation Instance { get; } = new();

    protected override void Write(ListProductSubscriptionsRequest request, RestJsonRequestBuilder builder)
    {
        var body = builder.Body;
        body.ProviderAndProduct(request.IdentityProvider, request.Product);
        body.Int("MaxResults", request.MaxResults);
        body.List("Filters", request.Filters, LicenseManagerUserSubscriptionsShapeWriters.WriteFilter);
        body.Str("NextToken", request.NextToken);
    }

    protected override void Read(JsonElement root, ListProductSubscriptionsResponse response)
    {
        response.ProductUserSummaries = JsonRead.List(root, "ProductUserSummaries", LicenseManagerUserSubscriptionsShapeReaders.ReadProductUserSummary);
        response.NextToken = JsonRead.Str(root, "NextToken");
    }
}
