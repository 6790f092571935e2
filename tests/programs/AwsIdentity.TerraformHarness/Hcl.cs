using System.Globalization;
using System.Text;

namespace AwsIdentity.TerraformHarness;

/// <summary>Bits of HCL that tests write: quoted strings and the provider block aimed at the emulator.</summary>
public static class Hcl
{
    /// <summary>An HCL quoted template: backslash, quote and control characters escaped, and "${" / "%{" doubled
    /// to "$${" / "%%{" so a path or value is never read as an interpolation.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            quoted.Append(c switch
            {
                '\\' => "\\\\", '"' => "\\\"", '\n' => "\\n", '\r' => "\\r", '\t' => "\\t",
                '$' or '%' when i + 1 < text.Length && text[i + 1] == '{' => $"{c}{c}",
                < ' ' => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>`terraform { required_providers { awsidentity = { source = … } } }`: without it a resource named
    /// awsidentity_* implies the provider hashicorp/awsidentity, which exists nowhere.</summary>
    public static string RequiredProviders(string? version = null) => $$"""
        terraform {
          required_providers {
            awsidentity = {
              source = "{{TerraformMirror.Address}}"{{(version is null ? "" : $"\n      version = {Quote(version)}")}}
            }
          }
        }

        """;

    /// <summary>The provider block with explicit endpoints on the emulator and its static credentials (the
    /// environment's AWS_ENDPOINT_URL_* say the same; a test of the block itself uses this).</summary>
    public static string ProviderBlock(string emulatorUrl, string region = "us-east-1", string extra = "") => $$"""
        provider "awsidentity" {
          region     = {{Quote(region)}}
          access_key = "test"
          secret_key = "test"
          endpoints {
            eks                               = {{Quote(emulatorUrl)}}
            license_manager_user_subscriptions = {{Quote(emulatorUrl)}}
          }
        {{extra}}}

        """;
}
