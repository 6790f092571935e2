using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Output of ListTagsForResource [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class ListTagsForResourceResponse : AmazonWebServiceResponse
{
    public Dictionary<string, string>? Tags { get; set; }
}
