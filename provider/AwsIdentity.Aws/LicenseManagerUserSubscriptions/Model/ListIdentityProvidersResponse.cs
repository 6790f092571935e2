using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Output of ListIdentityProviders [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class ListIdentityProvidersResponse : AmazonWebServiceResponse
{
    /// <summary>IdentityProviderSummaries (required).</summary>
    public List<IdentityProviderSummary>? IdentityProviderSummaries { get; set; }

    public string? NextToken { get; set; }
}
