using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Output of DeregisterIdentityProvider [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class DeregisterIdentityProviderResponse : AmazonWebServiceResponse
{
    /// <summary>IdentityProviderSummary (required).</summary>
    public IdentityProviderSummary? IdentityProviderSummary { get; set; }
}
