using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>The HCL and the seeded emulator the lifecycle test classes share: one EKS config, one user association.</summary>
internal static class TfConfigs
{
    public const string Eks = TerraformWithEmulator.EksType;
    public const string Lmus = TerraformWithEmulator.LmusType;
    public const string Directory = "d-1234567890";
    public const string Instance = "i-0123456789abcdef0";

    public static string Provider(string emulatorUrl, string region = "us-east-1") =>
        Hcl.RequiredProviders() + Hcl.ProviderBlock(emulatorUrl, region);

    /// <summary>An OIDC config <paramref name="name"/> on <paramref name="cluster"/>; <paramref name="body"/> goes
    /// inside the resource block (lifecycle, timeouts).</summary>
    public static string Oidc(string cluster = "demo", string name = "corp", string body = "", string label = "oidc") => $$"""
        resource "{{Eks}}" "{{label}}" {
          cluster_name = "{{cluster}}"
          oidc {
            identity_provider_config_name = "{{name}}"
            issuer_url                    = "https://issuer.example.com"
            client_id                     = "kubernetes"
          }
        {{body}}}

        """;

    public static string Association(string user = "alice", string label = "alice") => $$"""
        resource "{{Lmus}}" "{{label}}" {
          username    = "{{user}}"
          instance_id = "{{Instance}}"
          identity_provider {
            active_directory_identity_provider {
              directory_id = "{{Directory}}"
            }
          }
        }

        """;

    /// <summary>An emulator with clusters demo and demo2 (us-east-1) and the directory registered.</summary>
    public static async Task<TerraformWithEmulator> World(int transitionMs = 100)
    {
        var world = await TerraformWithEmulator.StartAsync(transitionMs: transitionMs);
        await world.Control.CreateClusterAsync("demo");
        await world.Control.CreateClusterAsync("demo2");
        await world.Control.RegisterDirectoryAsync(Directory);
        return world;
    }
}
