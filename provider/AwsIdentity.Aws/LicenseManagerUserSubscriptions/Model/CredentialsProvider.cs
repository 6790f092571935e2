namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>The CredentialsProvider shape [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class CredentialsProvider
{
    public SecretsManagerCredentialsProvider? SecretsManagerCredentialsProvider { get; set; }
}
