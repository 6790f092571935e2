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
    public static string For(ProviderInstall install, string overrideDir, string mirrorDir) => install switch
    {
        // hashicorp/terraform internal/command/cliconfig/provider_installation.go: dev_overrides maps a provider
        // address to a directory; `direct {}` keeps every other provider on its normal installation path.
        ProviderInstall.DevOverrides => $$"""
            provider_installation {
              dev_overrides {
                "{{TerraformMirror.Address}}" = {{Hcl.Quote(overrideDir)}}
              }
              direct {}
            }
            """,
        ProviderInstall.FilesystemMirror or ProviderInstall.PackedFilesystemMirror => $$"""
            provider_installation {
              filesystem_mirror {
                path    = {{Hcl.Quote(mirrorDir)}}
                include = ["{{TerraformMirror.Address}}"]
              }
            }
            """,
        // hashicorp/terraform provider_source.go providerSource: with no provider_installation block the implied
        // sources (local mirrors, then the registry for what they lack) are used.
        _ => "# no provider_installation block: terraform's implied provider sources\n",
    };
}
