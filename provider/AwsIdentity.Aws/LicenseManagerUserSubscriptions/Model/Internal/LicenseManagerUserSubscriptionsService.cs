using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.Internal;

/// <summary>The License Manager User Subscriptions service as the shared rest-json machinery sees it.</summary>
internal static class LicenseManagerUserSubscriptionsService
{
    public static RestJsonService Definition { get; } =
        new("Amazon.LicenseManagerUserSubscriptions", "2018-05-10", LicenseManagerUserSubscriptionsErrorFactory.Instance);
}
