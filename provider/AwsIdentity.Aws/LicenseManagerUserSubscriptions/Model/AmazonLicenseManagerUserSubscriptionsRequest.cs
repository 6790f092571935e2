using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Base of the License Manager User Subscriptions request classes, as in the official package.</summary>
public abstract class AmazonLicenseManagerUserSubscriptionsRequest : AmazonWebServiceRequest
{
}
