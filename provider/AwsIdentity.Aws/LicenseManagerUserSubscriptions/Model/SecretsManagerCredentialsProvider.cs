namespace AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

/// <summary>The SecretsManagerCredentialsProvider shape [botocore license-manager-user-subscriptions-2018-05-10].</summary>
public sealed class SecretsManagerCredentialsProvider
{
    public string? SecretId { get; set; }
}
