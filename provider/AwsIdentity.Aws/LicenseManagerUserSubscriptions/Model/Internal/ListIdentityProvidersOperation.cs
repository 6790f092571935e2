using System.Text.Json;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>ListIdentityProviders: POST /identity-provider/ListIdentityProviders [botocore license-manager-user-subscriptions-2018-05-10].</summary>
internal sealed class ListIdentityProvidersOperation()
    : RestJsonOperation<ListIdentityProvidersRequest, ListIdentityProvidersResponse>(LicenseManagerUserSubscriptionsService.Definition, "ListIdentityProviders", "POST", "/identity-provider/ListIdentityProviders")
{
    public static ListIdentityProvidersOperation Instance { get; } = new();

    protected override void Write(ListIdentityProvidersRequest request, RestJsonRequestBuilder builder)
    {
        var body = builder.Body;
        body.Int("MaxResults", request.MaxResults);
        body.List("Filters", request.Filters, LicenseManagerUserSubscriptionsShapeWriters.WriteFilter);
        body.Str("NextToken", request.NextToken);
    }

    protected override void Read(JsonElement root, ListIdentityProvidersResponse response)
    {
        response.IdentityProviderSummaries = JsonRead.List(root, "IdentityProviderSummaries", LicenseManagerUserSubscriptionsShapeReaders.ReadIdentityProviderSummary);
        response.NextToken = JsonRead.Str(root, "NextToken");
    }
}
