namespace AwsIdentity.Aws;

/// <summary>
/// What the provider configuration says about reaching AWS. Every member is optional; unset members
/// fall back to the standard AWS environment variables and shared config files.
/// </summary>
public sealed record AwsClientSettings
{
    /// <summary>Region name such as us-west-2; else the profile's region, AWS_REGION, AWS_DEFAULT_REGION.</summary>
    public string? Region { get; init; }

    /// <summary>Named profile in the shared config/credentials files (honours AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE).</summary>
    public string? Profile { get; init; }

    public string? AccessKey { get; init; }

    public string? SecretKey { get; init; }

    /// <summary>Session token that goes with temporary <see cref="AccessKey"/>/<see cref="SecretKey"/>.</summary>
    public string? Token { get; init; }

    /// <summary>EKS endpoint URL; else AWS_ENDPOINT_URL_EKS, else AWS_ENDPOINT_URL (resolved by AWSSDK.Core).</summary>
    public string? EksEndpoint { get; init; }

    /// <summary>Endpoint URL; else AWS_ENDPOINT_URL_LICENSE_MANAGER_USER_SUBSCRIPTIONS, else AWS_ENDPOINT_URL.</summary>
    public string? LicenseManagerUserSubscriptionsEndpoint { get; init; }

    /// <summary>Retries after the first attempt (AWSSDK.Core's MaxErrorRetry); unset keeps the SDK default.</summary>
    public int? MaxRetries { get; init; }

    /// <summary>The secret members are redacted so settings can be logged.</summary>
    public override string ToString() =>
        $"AwsClientSettings {{ Region = {Region}, Profile = {Profile}, AccessKey = {Redact(AccessKey)}, " +
        $"SecretKey = {Redact(SecretKey)}, Token = {Redact(Token)}, EksEndpoint = {EksEndpoint}, " +
        $"LicenseManagerUserSubscriptionsEndpoint = {LicenseManagerUserSubscriptionsEndpoint}, MaxRetries = {MaxRetries} }}";

    private static string Redact(string? value) => value is null ? "" : "***";
}
