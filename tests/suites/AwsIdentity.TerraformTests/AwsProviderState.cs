using System.Text.Json;
using System.Text.Json.Nodes;
using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>What the migration tests from hashicorp/aws 5.100.0 (filesystem mirror /opt/tf-plugins) share: an
/// emulator holding the OIDC config demo:corp and a state that holds it as `aws_eks_identity_provider_config.x`,
/// written by hand with the attributes that provider's schema declares (`terraform providers schema -json`).</summary>
internal static class AwsProviderState
{
    public const string AwsMirror = "/opt/tf-plugins";
    public const string Id = "demo:corp";

    /// <summary>An emulator with cluster demo holding the config, the state holding it as the aws resource, main.tf
    /// both providers plus <paramref name="blocks"/>, `terraform init` done (the aws provider from the mirror) and the
    /// emulator's call counts reset.</summary>
    public static async Task<TerraformWithEmulator> StartAsync(string blocks)
    {
        var world = await TerraformWithEmulator.StartAsync(new TerraformWorkspaceOptions { ExtraMirrors = [AwsMirror] });
        try
        {
            await world.Control.CreateClusterAsync("demo");
            var ws = world.Workspace;
            // The config comes to exist through our provider; then the state is rewritten to hold only the aws resource.
            ws.WriteMain(TfConfigs.Provider(world.Emulator.Url) + TfConfigs.Oidc());
            (await ws.ApplyAsync()).EnsureSuccess();
            var state = await ws.StatePullAsync();
            var arn = (string)state.Instance(TfConfigs.Eks, "oidc").Attributes["arn"]!;
            ws.WriteFile("terraform.tfstate", AwsState(arn, (string)state.Document["lineage"]!));
            File.Delete(Path.Combine(ws.Dir, "terraform.tfstate.backup"));
            ws.WriteMain(Providers(world.Emulator.Url) + blocks);
            (await ws.InitAsync()).EnsureSuccess();
            await world.Control.ResetStatsAsync();
            return world;
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }

    /// <summary>After the migration's apply: AWS was asked to associate or disassociate nothing, the state holds our
    /// resource alone, and with the migration blocks gone a plan has no changes and the config is still there.
    /// Returns the state after the apply.</summary>
    public static async Task<TerraformStateFile> TakenOverAsync(TerraformWithEmulator world, Action<string> log)
    {
        var ws = world.Workspace;
        Assert.Equal(0, await world.Control.CallsAsync("DisassociateIdentityProviderConfig"));
        Assert.Equal(0, await world.Control.CallsAsync("AssociateIdentityProviderConfig"));
        var state = await ws.StatePullAsync();
        Assert.Equal([$"{TfConfigs.Eks}.x"], state.Instances.Select(i => $"{i.Type}.{i.Name}"));
        Assert.True((await world.AuditAsync()).Clean);

        ws.WriteMain(Providers(world.Emulator.Url) + TfConfigs.Oidc(label: "x"));
        var second = await ws.PlanAsync();
        log(second.ToString());
        Assert.False(second.HasChanges, second.ToString());
        Assert.Equal(0, await world.Control.CallsAsync("DisassociateIdentityProviderConfig"));
        Assert.Equal([Id], (await world.InventoryAsync()).Configs);
        return state;
    }

    public static void Says(TerraformResult result, string text) =>
        Assert.True(result.Stdout.Contains(text, StringComparison.Ordinal), $"expected \"{text}\" in:\n{result}");

    /// <summary>Both providers; the aws one on the emulator's EKS endpoint, without the calls it makes at configure
    /// time that the emulator does not serve (STS, IAM, the metadata service).</summary>
    public static string Providers(string emulatorUrl) => $$"""
        terraform {
          required_providers {
            awsidentity = {
              source = "{{TerraformMirror.Address}}"
            }
            aws = {
              source  = "hashicorp/aws"
              version = "5.100.0"
            }
          }
        }

        """ + Hcl.ProviderBlock(emulatorUrl) + $$"""
        provider "aws" {
          region                      = "us-east-1"
          access_key                  = "test"
          secret_key                  = "test"
          skip_credentials_validation = true
          skip_requesting_account_id  = true
          skip_metadata_api_check     = true
          skip_region_validation      = true
          endpoints {
            eks = "{{emulatorUrl}}"
          }
        }

        """;

    /// <summary>A state (format 4) holding one aws_eks_identity_provider_config at schema version 0, with every
    /// attribute of that type's schema in hashicorp/aws 5.100.0, valued as its SDKv2 provider stores them (unset
    /// optional strings as "", the oidc block as a one-element list, timeouts null).</summary>
    private static string AwsState(string arn, string lineage)
    {
        var attributes = new JsonObject
        {
            ["arn"] = arn,
            ["cluster_name"] = "demo",
            ["id"] = Id,
            ["oidc"] = new JsonArray(new JsonObject
            {
                ["client_id"] = "kubernetes",
                ["groups_claim"] = "",
                ["groups_prefix"] = "",
                ["identity_provider_config_name"] = "corp",
                ["issuer_url"] = "https://issuer.example.com",
                ["required_claims"] = new JsonObject(),
                ["username_claim"] = "",
                ["username_prefix"] = "",
            }),
            ["status"] = "ACTIVE",
            ["tags"] = new JsonObject(),
            ["tags_all"] = new JsonObject(),
            ["timeouts"] = null,
        };
        var state = new JsonObject
        {
            ["version"] = 4,
            ["terraform_version"] = "1.11.4",
            ["serial"] = 100,
            ["lineage"] = lineage,
            ["outputs"] = new JsonObject(),
            ["resources"] = new JsonArray(new JsonObject
            {
                ["mode"] = "managed",
                ["type"] = "aws_eks_identity_provider_config",
                ["name"] = "x",
                ["provider"] = "provider[\"registry.terraform.io/hashicorp/aws\"]",
                ["instances"] = new JsonArray(new JsonObject
                {
                    ["schema_version"] = 0,
                    ["attributes"] = attributes,
                    ["sensitive_attributes"] = new JsonArray(),
                }),
            }),
            ["check_results"] = null,
        };
        return state.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
