namespace AwsIdentity.TerraformHarness;

/// <summary>
/// The exact environment every terraform command of a workspace runs with (and so the provider it starts: the child
/// inherits terraform's environment). From the user's, every TF_*, AWS_*, XDG_*, proxy and checkpoint variable is
/// dropped: TF_CLI_CONFIG_FILE, TF_LOG, TF_DATA_DIR, TF_PLUGIN_CACHE_DIR, TF_VAR_* or TF_CLI_ARGS* would change
/// what runs, and the user's AWS profile must never reach the provider. Then, in this order:
/// </summary>
public static class TerraformEnvironment
{
    /// <summary>A closed loopback port: anything terraform or the provider tries over https (registry.terraform.io,
    /// checkpoint, a real AWS endpoint) fails at once instead of waiting on DNS; the emulator is plain http.</summary>
    public const string NoNetworkProxy = "http://127.0.0.1:9";

    public static readonly IReadOnlyDictionary<string, string> Credentials = new Dictionary<string, string>
    {
        ["AWS_ACCESS_KEY_ID"] = "test", ["AWS_SECRET_ACCESS_KEY"] = "test", ["AWS_REGION"] = "us-east-1",
    };

    public static Dictionary<string, string> Build(
        IEnumerable<KeyValuePair<string, string>> inherited, string home, string cliConfigFile, string? emulatorUrl,
        IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var env = inherited.Where(kv => !Dropped(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        // hashicorp/terraform internal/command/cliconfig/config_unix.go homeDir: HOME first, so ~/.terraformrc,
        // ~/.terraform.d (credentials, the implied plugin mirror) and ~/.aws are the workspace's.
        env["HOME"] = home;
        // hashicorp/terraform internal/command/cliconfig/cliconfig.go: TF_CLI_CONFIG_FILE (else TERRAFORM_CONFIG)
        // replaces ~/.terraformrc.
        env["TF_CLI_CONFIG_FILE"] = cliConfigFile;
        // hashicorp/terraform provider_source.go implicitProviderSource also searches the XDG data directories'
        // terraform/plugins: keep them inside the workspace so no machine-wide plugin directory is consulted.
        env["XDG_DATA_HOME"] = Path.Combine(home, ".local", "share");
        env["XDG_DATA_DIRS"] = Path.Combine(home, ".xdg-data-dirs");
        env["CHECKPOINT_DISABLE"] = "1";
        env["TF_IN_AUTOMATION"] = "1";
        env["HTTPS_PROXY"] = NoNetworkProxy;
        env["https_proxy"] = NoNetworkProxy;
        foreach (var (name, value) in Credentials) env[name] = value;
        env["AWS_EC2_METADATA_DISABLED"] = "true";
        if (emulatorUrl is not null)
        {
            // provider/AwsIdentity.Aws/AwsClientSettings.cs: the provider block's endpoints, else these (AWSSDK.Core).
            env["AWS_ENDPOINT_URL_EKS"] = emulatorUrl;
            env["AWS_ENDPOINT_URL_LICENSE_MANAGER_USER_SUBSCRIPTIONS"] = emulatorUrl;
        }
        // Last, the caller's own (TF_LOG=trace to debug a test; a null value removes a variable).
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
            if (value is null) env.Remove(name);
            else env[name] = value;
        return env;
    }

    public static IEnumerable<KeyValuePair<string, string>> Current() =>
        Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(e => KeyValuePair.Create((string)e.Key, (string?)e.Value ?? ""));

    private static bool Dropped(string name) =>
        name.StartsWith("TF_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("XDG_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("CHECKPOINT_", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("_PROXY", StringComparison.OrdinalIgnoreCase) || name is "HOME" or "TERRAFORM_CONFIG" or "PLUGIN_PROTOCOL_VERSIONS";
}
