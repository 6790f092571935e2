namespace AwsIdentity.TerraformHarness;

/// <summary>The commands the Terraform tests run. Each returns the result whatever the exit code; callers say what
/// they expect (EnsureSuccess, HasChanges), so a failure's message carries all terraform printed.</summary>
public sealed partial class TerraformWorkspace
{
    /// <summary>`terraform init`; in <see cref="ProviderInstall.PluginDir"/> mode with -plugin-dir for the mirror and
    /// each extra one. With <see cref="ProviderInstall.DevOverrides"/> only when there are extra mirrors (else init
    /// would query the registry for the overridden provider and fail offline).</summary>
    public Task<TerraformResult> InitAsync(params string[] extra) =>
        RunAsync(["init", .. PluginDirs().Select(d => $"-plugin-dir={d}"), .. extra]);

    private IEnumerable<string> PluginDirs() =>
        Options.Install == ProviderInstall.PluginDir ? [MirrorDir, .. Options.ExtraMirrors] : [];

    /// <summary>`terraform plan -detailed-exitcode`: read <see cref="TerraformResult.HasChanges"/> (0 none, 2 changes).</summary>
    public Task<TerraformResult> PlanAsync(params string[] extra) => RunAsync(["plan", "-detailed-exitcode", .. extra]);

    public Task<TerraformResult> ApplyAsync(params string[] extra) => RunAsync(["apply", "-auto-approve", .. extra]);

    public Task<TerraformResult> DestroyAsync(params string[] extra) => RunAsync(["destroy", "-auto-approve", .. extra]);

    /// <summary>`terraform import ADDRESS ID` (the CLI command; an `import {}` block goes through plan/apply).</summary>
    public Task<TerraformResult> ImportAsync(string address, string id) => RunAsync(["import", address, id]);

    /// <summary>`terraform show -json` of the current state, parsed.</summary>
    public async Task<TerraformShow> ShowJsonAsync() => TerraformShow.Parse((await RunAsync(["show", "-json"])).EnsureSuccess().Stdout);

    /// <summary>`terraform show -json PLANFILE`: a saved plan (`plan -out=PLANFILE`), parsed.</summary>
    public async Task<System.Text.Json.Nodes.JsonObject> ShowPlanJsonAsync(string planFile) =>
        TerraformJson.Object((await RunAsync(["show", "-json", planFile])).EnsureSuccess().Stdout);

    /// <summary>`terraform state pull`: the raw state file (schema versions, private data, tainted status), parsed.</summary>
    public async Task<TerraformStateFile> StatePullAsync() => TerraformStateFile.Parse((await RunAsync(["state", "pull"])).EnsureSuccess().Stdout);

    /// <summary>`terraform plan -generate-config-out=FILE` for `import {}` blocks without a resource block; returns the
    /// plan's result and the generated HCL (null when terraform wrote none). An existing FILE is removed first:
    /// terraform refuses to overwrite it.</summary>
    public async Task<(TerraformResult Plan, string? Generated)> GenerateConfigAsync(string file = "generated.tf", params string[] extra)
    {
        File.Delete(Path.Combine(Dir, file));
        var plan = await RunAsync(["plan", $"-generate-config-out={file}", .. extra]);
        return (plan, FileExists(file) ? ReadFile(file) : null);
    }

    /// <summary>The lock file's entries (after init).</summary>
    public IReadOnlyList<LockedProvider> ReadLock() => LockFile.Read(Dir);
}
