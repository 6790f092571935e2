using AwsIdentity.Aws;
using AwsIdentity.Core.Aws;

namespace AwsIdentity.Core.Config;

/// <summary>
/// Configure's look at credentials when skipCredentialsValidation is not set. It never calls AWS (previews must
/// work offline and with no credentials at all): a named profile that does not exist is an error; no region and
/// no visible credential source are warnings, since instance or container credentials may still appear later.
/// </summary>
public static class CredentialCheck
{
    public static IReadOnlyList<string> Warnings(ProviderConfig config)
    {
        if (config.SkipCredentialsValidation == true) return [];
        var settings = ConfiguredAwsClients.Settings(config);
        var explicitOrProfile = AwsClientFactory.ResolveCredentials(settings); // throws for a missing profile
        var warnings = new List<string>();
        if (AwsClientFactory.ResolveRegion(settings) is null)
            warnings.Add("no AWS region is set (provider `region`, AWS_REGION, AWS_DEFAULT_REGION or the profile): AWS calls will fail");
        if (explicitOrProfile is null && !AnyAmbientSource())
            warnings.Add("no AWS credentials found in the provider config, the environment or the shared profile files; " +
                "previews and plans work, but changes to AWS need credentials (or instance/container credentials)");
        return warnings;
    }

    private static bool AnyAmbientSource()
    {
        string[] variables = ["AWS_ACCESS_KEY_ID", "AWS_PROFILE", "AWS_WEB_IDENTITY_TOKEN_FILE",
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI"];
        if (variables.Any(v => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v)))) return true;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var files = new[]
        {
            Environment.GetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE") ?? Path.Combine(home, ".aws", "credentials"),
            Environment.GetEnvironmentVariable("AWS_CONFIG_FILE") ?? Path.Combine(home, ".aws", "config"),
        };
        return files.Any(File.Exists);
    }
}
