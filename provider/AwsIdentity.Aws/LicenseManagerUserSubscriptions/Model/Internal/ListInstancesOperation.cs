using System.Text.Json;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>ListInstances: POST /instance/ListInstances [botocore license-manager-user-subscriptions-2018-05-10].</summary>
internal sealed class ListInstancesOperation()
    : RestJsonOperation<ListInstancesRequest, ListInstancesResponse>(LicenseManagerUserSubscriptionsService.Definition, "ListInstances", "POST", "/instance/ListInstances")
{
    public static ListInstancesOperation Instance { get; } = new();

    protected override void Write(ListInstancesRequest request, RestJsonRequestBuilder builder)
    {
        var body = builder.Body;
        body.Int("MaxResults", request.MaxResults);
        body.Str("NextToken", request.NextToken);
        body.List("Filters", request.Filters, LicenseManagerUserSubscriptionsShapeWriters.WriteFilter);
    }

    protected override void Read(JsonElement root, ListInstancesResponse response)
    {
        response.InstanceSummaries = JsonRead.List(root, "InstanceSummaries", LicenseManagerUserSubscriptionsShapeReaders.ReadInstanceSummary);
        response.NextToken = JsonRead.Str(root, "NextToken");
    }
}
