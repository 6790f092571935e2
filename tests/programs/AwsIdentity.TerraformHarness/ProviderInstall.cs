namespace AwsIdentity.TerraformHarness;

/// <summary>How a workspace makes the provider binary available to terraform (README.md here).</summary>
public enum ProviderInstall
{
    /// <summary>`dev_overrides` pointing at a directory holding only a copy of the binary: no `terraform init`
    /// (it would query the registry and fail offline); plan/apply/import/destroy work at once.</summary>
    DevOverrides,

    /// <summary>The unpacked layout under $HOME/.terraform.d/plugins and an empty CLI config (an explicit
    /// `provider_installation` block would turn the implied mirrors off): what `make install-terraform` sets up.</summary>
    ImpliedMirror,

    /// <summary>The unpacked layout in the workspace's mirror directory, named by `filesystem_mirror { path }`.</summary>
    FilesystemMirror,

    /// <summary>The release zip in the packed layout of the workspace's mirror directory, named by `filesystem_mirror`.</summary>
    PackedFilesystemMirror,

    /// <summary>The unpacked layout in the workspace's mirror directory, given to `terraform init -plugin-dir` (which
    /// then searches nothing else); an empty CLI config.</summary>
    PluginDir,

    /// <summary>Nothing installed and an empty CLI config: for configurations that only use terraform's builtin provider.</summary>
    None,
}

/// <summary>The CLI configuration file (TF_CLI_CONFIG_FILE) each install mode writes.</summary>
public static class CliConfig
{
    /// <param name="extraMirrors">more filesystem mirrors, for other providers a configuration needs (hashicorp/aws
    /// for the migration from aws_eks_identity_provider_config); with dev_overrides the workspace's mirror must then
    /// hold our package too, since `init` (needed for those providers) fails on a provider no source has.</param>
    public static string For(ProviderInstall install, string overrideDir, string mirrorDir, IReadOnlyList<string>? extraMirrors = null)
    {
        extraMirrors ??= [];
        if (install == ProviderInstall.ImpliedMirror && extraMirrors.Count > 0)
            throw new ArgumentException("the implied mirrors are used only without a provider_installation block: extra mirrors need FilesystemMirror");
        // hashicorp/terraform internal/command/cliconfig/provider_installation.go: dev_overrides maps a provider
        // address to a directory; the methods after it install every other provider.
        var overrides = install == ProviderInstall.DevOverrides
            ? $"  dev_overrides {{\n    \"{TerraformMirror.Address}\" = {Hcl.Quote(overrideDir)}\n  }}\n"
            : "";
        var ours = install is ProviderInstall.FilesystemMirror or ProviderInstall.PackedFilesystemMirror
            || (install == ProviderInstall.DevOverrides && extraMirrors.Count > 0) ? [mirrorDir] : Array.Empty<string>();
        var mirrors = string.Concat(ours.Concat(extraMirrors).Select(m => $"  filesystem_mirror {{\n    path = {Hcl.Quote(m)}\n  }}\n"));
        // hashicorp/terraform provider_source.go providerSource: with no provider_installation block the implied
        // sources (local mirrors, then the registry for what they lack) are used.
        if (overrides.Length == 0 && mirrors.Length == 0) return "# no provider_installation block: terraform's implied provider sources\n";
        var direct = install == ProviderInstall.DevOverrides && mirrors.Length == 0 ? "  direct {}\n" : "";
        return $"provider_installation {{\n{overrides}{mirrors}{direct}}}\n";
    }
}
