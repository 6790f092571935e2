using System.Runtime.InteropServices;

namespace AwsIdentity.Provider.Host;

/// <summary>What the binary says about itself: --help, --version, and go-plugin's message when a person runs it under its terraform name.</summary>
public static class Usage
{
    public const string PulumiName = "pulumi-resource-awsidentity";

    /// <summary>Terraform's name for a platform, as in its release archives and plugin directories (linux_amd64, darwin_arm64).</summary>
    public static string TerraformPlatform(OSPlatform? os = null, Architecture? arch = null)
    {
        var osName = (os ?? CurrentOs()) == OSPlatform.OSX ? "darwin" : "linux";
        var archName = (arch ?? RuntimeInformation.OSArchitecture) switch
        {
            Architecture.X64 => "amd64",
            Architecture.Arm64 => "arm64",
            var other => other.ToString().ToLowerInvariant(),
        };
        return $"{osName}_{archName}";
    }

    /// <summary>Where terraform's implied local mirror finds this provider: the plugins folder of the CLI config
    /// directory, unpacked layout HOSTNAME/NAMESPACE/TYPE/VERSION/TARGET; a provider found there is never fetched
    /// from the registry (hashicorp/terraform provider_source.go implicitProviderSource).</summary>
    public static string TerraformMirrorDirectory(string version) =>
        $"~/.terraform.d/plugins/registry.terraform.io/awsidentity/awsidentity/{version}/{TerraformPlatform()}/";

    public static string VersionLine(string version) =>
        $"awsidentity {version} ({PulumiName} for Pulumi, {LaunchMode.TerraformName} for Terraform; one binary)\n";

    public static string Help(string version) => VersionLine(version) + $$"""

        The awsidentity provider: Amazon EKS identity provider configs and License Manager user subscription user
        associations, for two infrastructure engines. The engine starts this binary; people do not run it.

        Pulumi (resource plugin "awsidentity", engine protocol over gRPC):
          install it as {{PulumiName}} on PATH, or
            pulumi plugin install resource awsidentity {{version}} --file <path to this binary>
          The engine starts it with its address as the last argument; with no argument it serves Pulumi's attach
          mode (PULUMI_DEBUG_PROVIDERS) and prints its port.

        Terraform (provider registry.terraform.io/awsidentity/awsidentity, plugin protocol 6, terraform 1.0 or later):
          install it as {{LaunchMode.TerraformName}}_v{{version}} in the implied local mirror (make install-terraform)
            {{TerraformMirrorDirectory(version)}}
          or, while developing, point a dev_overrides entry in the CLI configuration at a directory holding it as
          {{LaunchMode.TerraformName}}:
            provider_installation { dev_overrides { "registry.terraform.io/awsidentity/awsidentity" = "<dir>" } direct {} }
          terraform starts it with TF_PLUGIN_MAGIC_COOKIE set and talks to it over mutual TLS.

        Options: --help (this text), --version (the version line).

        """;

    /// <summary>go-plugin's words for a plugin binary run by hand (hashicorp/go-plugin server.go Serve), then ours.</summary>
    public static string NotStartedByTerraform(string version) => $"""
        This binary is a plugin. These are not meant to be executed directly.
        Please execute the program that consumes these plugins, which will
        load any plugins automatically
        ({LaunchMode.TerraformName} {version}: terraform starts it; `{LaunchMode.TerraformName} --help` says how terraform finds it)

        """;

    public static string NoProtocol6(string? offered) =>
        $"{LaunchMode.TerraformName}: terraform offered plugin protocol versions \"{offered}\" ({LaunchMode.ProtocolVersionsKey}); this provider speaks only protocol 6, which terraform 1.0 and later speak\n";

    private static OSPlatform CurrentOs() => RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? OSPlatform.OSX : OSPlatform.Linux;
}
