using Amazon.Runtime;

namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>Output of DisassociateUser [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class DisassociateUserResponse : AmazonWebServiceResponse
{
    /// <summary>InstanceUserSummary (required).</summary>
    public InstanceUserSummary? InstanceUserSummary { get; set; }
}
