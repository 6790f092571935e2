namespace AwsIdentity.Demo;

/// <summary>
/// The environment of every `pulumi` CLI mode runs: the user's, without any PULUMI_* variable (PULUMI_OPTION_*
/// would set flags, pkg/cmd/pulumi/pulumi.go declareFlagsAsEnvironmentVariables; PULUMI_DEBUG_*, PULUMI_ACCESS_TOKEN,
/// PULUMI_BACKEND_URL would change what runs) nor AWS_* (the user's profile must not reach the provider), then:
/// </summary>
public static class CliEnvironment
{
    public static IReadOnlyDictionary<string, string> Build(IEnumerable<KeyValuePair<string, string>> user, CliWorkspace workspace)
    {
        var env = user.Where(kv => !kv.Key.StartsWith("PULUMI_", StringComparison.OrdinalIgnoreCase) && !kv.Key.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        // sdk/go/common/workspace/paths.go PulumiHomeEnvVar: plugins, workspace files and credentials live here, not in ~/.pulumi.
        env["PULUMI_HOME"] = workspace.Home;
        // sdk/go/common/env/env.go BackendURL: the DIY file backend in the work directory, without `pulumi login`.
        env["PULUMI_BACKEND_URL"] = workspace.BackendUrl;
        // pkg/secrets/passphrase/manager.go: an empty passphrase is accepted when the variable is set (os.LookupEnv).
        env["PULUMI_CONFIG_PASSPHRASE"] = "";
        // sdk/go/common/env/env.go SkipUpdateCheck and DisableAutomaticPluginAcquisition: no network from the CLI,
        // and a plugin path that does not resolve fails instead of downloading a plugin.
        env["PULUMI_SKIP_UPDATE_CHECK"] = "true";
        env["PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION"] = "true";
        // Pulumi.local.yaml gives the provider static test credentials; these keep any SDK fallback on them too.
        env["AWS_ACCESS_KEY_ID"] = "test";
        env["AWS_SECRET_ACCESS_KEY"] = "test";
        env["AWS_REGION"] = "us-east-1";
        return env;
    }

    public static IEnumerable<KeyValuePair<string, string>> Current() =>
        Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(e => KeyValuePair.Create((string)e.Key, (string?)e.Value ?? ""));
}
