using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Output of TagResource [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class TagResourceResponse : AmazonWebServiceResponse
{
}
