using Amazon.Util.Internal;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions;

/// <summary>
/// Configuration for <see cref="AmazonLicenseManagerUserSubscriptionsClient"/>. ServiceId
/// "License Manager User Subscriptions" is what AWSSDK.Core maps to
/// AWS_ENDPOINT_URL_LICENSE_MANAGER_USER_SUBSCRIPTIONS [botocore license-manager-user-subscriptions-2018-05-10].
/// </summary>
public sealed class AmazonLicenseManagerUserSubscriptionsConfig : RestJsonServiceConfig
{
    public const string ServiceIdValue = "License Manager User Subscriptions";

    public AmazonLicenseManagerUserSubscriptionsConfig()
        : base(ServiceIdValue, "license-manager-user-subscriptions")
    {
    }

    public override string RegionEndpointServiceName => "license-manager-user-subscriptions";

    public override string ServiceVersion => "2018-05-10";

    public override string UserAgent { get; } = InternalSDKUtils.BuildUserAgentString(ServiceIdValue, "awsidentity");
}
