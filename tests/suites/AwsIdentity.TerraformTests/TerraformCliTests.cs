using AwsIdentity.Harness;
using AwsIdentity.Provider.Host;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// The one check with the real terraform CLI on PATH that this suite makes: `terraform validate` of a configuration
/// with an empty provider block loads the provider through dev_overrides and reads its schema over mutual TLS.
/// Everything is the test's own: HOME, the CLI configuration (TF_CLI_CONFIG_FILE), no checkpoint call, no registry.
/// </summary>
public sealed class TerraformCliTests
{
    [Fact]
    public async Task Terraform_validate_reads_the_schema_over_mutual_tls()
    {
        var root = Directory.CreateTempSubdirectory("awsidentity-tf-");
        try
        {
            var overrides = Directory.CreateDirectory(Path.Combine(root.FullName, "override")).FullName;
            var home = Directory.CreateDirectory(Path.Combine(root.FullName, "home")).FullName;
            var work = Directory.CreateDirectory(Path.Combine(root.FullName, "work")).FullName;
            // Only the executable (File.Copy keeps its mode), under terraform's name: terraform runs the first file named terraform-provider-awsidentity*.
            File.Copy(RepoPaths.ProviderBinary(), Path.Combine(overrides, LaunchMode.TerraformName));
            var cliConfig = Path.Combine(root.FullName, "cli.tfrc");
            await File.WriteAllTextAsync(cliConfig, $$"""
                provider_installation {
                  dev_overrides { "registry.terraform.io/awsidentity/awsidentity" = "{{overrides}}" }
                  direct {}
                }
                """);
            await File.WriteAllTextAsync(Path.Combine(work, "main.tf"), """
                terraform {
                  required_providers {
                    awsidentity = { source = "registry.terraform.io/awsidentity/awsidentity" }
                  }
                }
                provider "awsidentity" {}
                """);

            var result = await Command.RunAsync("terraform", new Dictionary<string, string?>
            {
                ["HOME"] = home,
                ["TF_CLI_CONFIG_FILE"] = cliConfig,
                ["CHECKPOINT_DISABLE"] = "1",
                ["TF_LOG"] = "debug",
                ["TF_LOG_PATH"] = Path.Combine(root.FullName, "terraform.log"),
                ["TF_DISABLE_PLUGIN_TLS"] = null,
                ["TF_REATTACH_PROVIDERS"] = null,
            }, ["validate", "-no-color"], work, TimeSpan.FromSeconds(60));
            var (code, output) = (result.Code, result.Stdout + result.Stderr);
            var log = await File.ReadAllTextAsync(Path.Combine(root.FullName, "terraform.log"));
            Assert.True(code == 0, $"terraform validate exited {code}:\n{output}\n{log}");
            Assert.Contains("Success! The configuration is valid", output, StringComparison.Ordinal);
            Assert.Contains("using plugin: version=6", log, StringComparison.Ordinal);
            // AutoMTLS was on: terraform generated its certificate for the plugin (hashicorp/go-plugin client.go Start).
            Assert.DoesNotContain("TF_DISABLE_PLUGIN_TLS", log, StringComparison.Ordinal);
            Assert.Contains("plugin process exited", log, StringComparison.Ordinal);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
