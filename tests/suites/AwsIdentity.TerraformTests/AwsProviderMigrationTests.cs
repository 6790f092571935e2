using System.Text.Json;
using System.Text.Json.Nodes;
using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// Moving an `aws_eks_identity_provider_config` (hashicorp/aws 5.100.0, from the filesystem mirror /opt/tf-plugins)
/// to our resource without disassociating it: a `removed { lifecycle { destroy = false } }` block, an `import {}`
/// block and our resource block in one plan and apply. The state holding the aws resource is written by hand with
/// the attributes that provider's schema declares (`terraform providers schema -json`), for a config that lives in
/// the emulator.
/// </summary>
public sealed class AwsProviderMigrationTests
{
    private const string AwsMirror = "/opt/tf-plugins";
    private const string Id = "demo:corp";

    [Fact]
    public async Task RemovedAndImportBlocks_MoveTheConfig_WithoutDisassociatingIt()
    {
        await using var world = await TerraformWithEmulator.StartAsync(new TerraformWorkspaceOptions { ExtraMirrors = [AwsMirror] });
        await world.Control.CreateClusterAsync("demo");
        var ws = world.Workspace;

        // The config comes to exist through our provider; then the state is rewritten to hold only the aws one.
        ws.WriteMain(TfConfigs.Provider(world.Emulator.Url) + TfConfigs.Oidc());
        (await ws.ApplyAsync()).EnsureSuccess();
        var ours = (await ws.StatePullAsync()).Instance(TfConfigs.Eks, "oidc");
        ws.WriteFile("terraform.tfstate", AwsState((string)ours.Attributes["arn"]!, (string)(await ws.StatePullAsync()).Document["lineage"]!));
        File.Delete(Path.Combine(ws.Dir, "terraform.tfstate.backup"));

        ws.WriteMain(Providers(world.Emulator.Url) + """
            removed {
              from = aws_eks_identity_provider_config.x
              lifecycle {
                destroy = false
              }
            }

            import {
              to = awsidentity_eks_identity_provider_config.x
              id = "demo:corp"
            }

            """ + TfConfigs.Oidc(label: "x"));
        (await ws.InitAsync()).EnsureSuccess();
        await world.Control.ResetStatsAsync();

        var plan = (await ws.RunAsync(["plan", "-out=migrate.tfplan"])).EnsureSuccess();
        Says(plan, "# aws_eks_identity_provider_config.x will no longer be managed by Terraform, but will not be destroyed");
        Says(plan, "Plan: 1 to import, 0 to add, 0 to change, 0 to destroy.");
        Says(plan, "Warning: Some objects will no longer be managed by Terraform");
        // The old resource is forgotten as it is stored: the aws provider reads nothing from AWS.
        Assert.DoesNotContain("aws_eks_identity_provider_config.x: Refreshing state", plan.Stdout, StringComparison.Ordinal);
        var changes = (await ws.ShowPlanJsonAsync("migrate.tfplan"))["resource_changes"]!.AsArray();
        Assert.Equal(["awsidentity_eks_identity_provider_config.x:no-op:import", "aws_eks_identity_provider_config.x:forget:"],
            changes.Select(c => $"{c!["address"]}:{string.Join(',', c["change"]!["actions"]!.AsArray())}:{(c["change"]!["importing"] is null ? "" : "import")}").OrderDescending());

        var apply = (await ws.RunAsync(["apply", "migrate.tfplan"])).EnsureSuccess();
        Says(apply, "Apply complete! Resources: 1 imported, 0 added, 0 changed, 0 destroyed.");
        Assert.Equal(0, await world.Control.CallsAsync("DisassociateIdentityProviderConfig"));
        Assert.Equal(0, await world.Control.CallsAsync("AssociateIdentityProviderConfig"));
        var state = await ws.StatePullAsync();
        Assert.Equal([$"{TfConfigs.Eks}.x"], state.Instances.Select(i => $"{i.Type}.{i.Name}"));
        Assert.True((await world.AuditAsync()).Clean);

        // Our resource alone from now on: nothing to change, and the config still associated.
        ws.WriteMain(Providers(world.Emulator.Url) + TfConfigs.Oidc(label: "x"));
        var second = await ws.PlanAsync();
        Assert.False(second.HasChanges, second.ToString());
        Assert.Equal(0, await world.Control.CallsAsync("DisassociateIdentityProviderConfig"));
        Assert.Equal([Id], (await world.InventoryAsync()).Configs);
    }

    private static void Says(TerraformResult result, string text) =>
        Assert.True(result.Stdout.Contains(text, StringComparison.Ordinal), $"expected \"{text}\" in:\n{result}");

    /// <summary>Both providers; the aws one on the emulator's EKS endpoint, without the calls it makes at configure
    /// time that the emulator does not serve (STS, IAM, the metadata service).</summary>
    private static string Providers(string emulatorUrl) => $$"""
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
