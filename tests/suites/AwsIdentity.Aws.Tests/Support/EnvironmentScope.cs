namespace AwsIdentity.Aws.Tests.Support;

/// <summary>
/// AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE are left alone: <see cref="SharedProfiles"/> sets them
/// once for the process, because AWSSDK.Core reads those two paths once and keeps them.
/// Sets environment variables for one test and restores them after. AWS variables that could leak in
/// from the machine are cleared first, so every test starts from the same empty AWS environment.
/// </summary>
public sealed class EnvironmentScope : IDisposable
{
    private static readonly string[] AwsVariables =
    [
        "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_PROFILE", "AWS_DEFAULT_PROFILE",
        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
        "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_EKS", "AWS_ENDPOINT_URL_LICENSE_MANAGER_USER_SUBSCRIPTIONS",
        "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN",
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    ];

    private readonly Dictionary<string, string?> _saved = new();

    public EnvironmentScope(params (string Name, string? Value)[] variables)
    {
        SharedProfiles.EnsureWritten();
        foreach (var name in AwsVariables)
        {
            Set(name, null);
        }

        // Never reach the instance metadata service from a test (no network beyond loopback).
        Set("AWS_EC2_METADATA_DISABLED", "true");
        foreach (var (name, value) in variables)
        {
            Set(name, value);
        }
    }

    public void Set(string name, string? value)
    {
        if (!_saved.ContainsKey(name))
        {
            _saved[name] = Environment.GetEnvironmentVariable(name);
        }

        Environment.SetEnvironmentVariable(name, value);
    }

    public void Dispose()
    {
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
