namespace AwsIdentity.TerraformHarness;

/// <summary>
/// A temporary directory in which the real terraform CLI runs against our provider binary (and the emulator):
/// ROOT/home (HOME: ~/.terraform.d, ~/.aws), ROOT/work (the configuration, state and lock file),
/// ROOT/terraformrc (TF_CLI_CONFIG_FILE), ROOT/override (dev_overrides: only a copy of the binary), ROOT/mirror
/// (filesystem_mirror and -plugin-dir). Every command runs with <see cref="Environment"/> (TerraformEnvironment)
/// and a timeout; the commands tests need are in TerraformWorkspace.Commands.cs. Disposing removes the directory.
/// </summary>
public sealed partial class TerraformWorkspace : IDisposable
{
    private TerraformWorkspace(string root, TerraformWorkspaceOptions options, string terraform)
    {
        Root = root;
        Options = options;
        Terraform = terraform;
        Directory.CreateDirectory(Home);
        Directory.CreateDirectory(Dir);
        Environment = TerraformEnvironment.Build(TerraformEnvironment.Current(), Home, CliConfigFile, options.EmulatorUrl, options.Environment);
    }

    public string Root { get; }
    public TerraformWorkspaceOptions Options { get; }
    public string Terraform { get; }
    public string Home => Path.Combine(Root, "home");
    public string Dir => Path.Combine(Root, "work");
    public string CliConfigFile => Path.Combine(Root, "terraformrc");
    public string OverrideDir => Path.Combine(Root, "override");
    public string MirrorDir => Options.Install == ProviderInstall.ImpliedMirror ? TerraformMirror.ImpliedDir(Home) : Path.Combine(Root, "mirror");
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Where the binary was put: the override or unpacked package directory, or the zip; null for None.</summary>
    public string? Package { get; private set; }

    /// <summary>Makes the directories, the CLI config and the provider installation <paramref name="options"/> ask for.</summary>
    public static TerraformWorkspace Create(TerraformWorkspaceOptions? options = null)
    {
        options ??= new TerraformWorkspaceOptions();
        var terraform = options.Terraform ?? TerraformCli.Find();
        var workspace = new TerraformWorkspace(Directory.CreateTempSubdirectory("awsidentity-tf-").FullName, options, terraform);
        try
        {
            workspace.InstallProvider();
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
        return workspace;
    }

    private void InstallProvider()
    {
        File.WriteAllText(CliConfigFile, CliConfig.For(Options.Install, OverrideDir, MirrorDir, Options.ExtraMirrors));
        if (Options.Install == ProviderInstall.None) return;
        var binary = Options.ResolvedBinary();
        if (!File.Exists(binary))
            throw new FileNotFoundException($"provider binary not found at {binary}; run `make build` (or pass TerraformWorkspaceOptions.ProviderBinary)", binary);
        // With extra mirrors `init` must run, and it needs a source for every provider, overridden or not.
        if (Options.Install == ProviderInstall.DevOverrides && Options.ExtraMirrors.Count > 0)
            TerraformMirror.InstallUnpacked(MirrorDir, binary, Options.Version);
        Package = Options.Install switch
        {
            ProviderInstall.DevOverrides => CopyToOverrideDir(binary),
            ProviderInstall.PackedFilesystemMirror => TerraformMirror.InstallPacked(MirrorDir, binary, Options.Version),
            _ => TerraformMirror.InstallUnpacked(MirrorDir, binary, Options.Version),
        };
    }

    private string CopyToOverrideDir(string binary)
    {
        Directory.CreateDirectory(OverrideDir);
        TerraformMirror.CopyExecutable(binary, Path.Combine(OverrideDir, TerraformMirror.BinaryName));
        return OverrideDir;
    }

    /// <summary>Writes main.tf in the work directory (replacing it).</summary>
    public void WriteMain(string hcl) => WriteFile("main.tf", hcl);

    public void WriteFile(string name, string text) => File.WriteAllText(Path.Combine(Dir, name), text);

    public string ReadFile(string name) => File.ReadAllText(Path.Combine(Dir, name));

    public bool FileExists(string name) => File.Exists(Path.Combine(Dir, name));

    /// <summary>Starts `terraform args…` with the standard flags (TerraformCli.WithStandardFlags) and returns at once:
    /// for tests that interrupt or kill it. Dispose the run to kill whatever is left of it.</summary>
    public TerraformRun Start(params string[] args) => TerraformRun.Start(Terraform, TerraformCli.WithStandardFlags(args), Dir, Environment);

    /// <summary>Runs `terraform args…` with the standard flags to its end or the timeout (default
    /// <see cref="TerraformWorkspaceOptions.CommandTimeout"/>), after which its process tree is killed.</summary>
    public async Task<TerraformResult> RunAsync(string[] args, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        using var run = Start(args);
        return await run.WaitAsync(timeout ?? Options.CommandTimeout, cancellationToken);
    }

    public void Dispose()
    {
        if (Options.Keep || System.Environment.GetEnvironmentVariable("AWSIDENTITY_KEEP_TF") == "1") return;
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a provider still closing a file: the temp directory is cleaned up by the OS eventually
        }
    }
}
