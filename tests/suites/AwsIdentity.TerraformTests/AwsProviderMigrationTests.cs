using AwsIdentity.TerraformHarness;
using Xunit.Abstractions;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// Moving an `aws_eks_identity_provider_config` (hashicorp/aws 5.100.0, from the filesystem mirror /opt/tf-plugins)
/// to our resource without disassociating it: a `removed { lifecycle { destroy = false } }` block, an `import {}`
/// block and our resource block in one plan and apply. The state holding the aws resource is written by hand with
/// the attributes that provider's schema declares (`terraform providers schema -json`), for a config that lives in
/// the emulator.
/// What terraform printed goes to the test output (`dotnet test --logger "console;verbosity=detailed"`).
/// </summary>
public sealed class AwsProviderMigrationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RemovedAndImportBlocks_MoveTheConfig_WithoutDisassociatingIt()
    {
        await using var world = await AwsProviderState.StartAsync("""
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
        var ws = world.Workspace;

        var plan = (await ws.RunAsync(["plan", "-out=migrate.tfplan"])).EnsureSuccess();
        output.WriteLine(plan.ToString());
        AwsProviderState.Says(plan, "# aws_eks_identity_provider_config.x will no longer be managed by Terraform, but will not be destroyed");
        AwsProviderState.Says(plan, "Plan: 1 to import, 0 to add, 0 to change, 0 to destroy.");
        AwsProviderState.Says(plan, "Warning: Some objects will no longer be managed by Terraform");
        // The old resource is forgotten as it is stored: the aws provider reads nothing from AWS.
        Assert.DoesNotContain("aws_eks_identity_provider_config.x: Refreshing state", plan.Stdout, StringComparison.Ordinal);
        var changes = (await ws.ShowPlanJsonAsync("migrate.tfplan"))["resource_changes"]!.AsArray();
        Assert.Equal(["awsidentity_eks_identity_provider_config.x:no-op:import", "aws_eks_identity_provider_config.x:forget:"],
            changes.Select(c => $"{c!["address"]}:{string.Join(',', c["change"]!["actions"]!.AsArray())}:{(c["change"]!["importing"] is null ? "" : "import")}").OrderDescending());

        var apply = (await ws.RunAsync(["apply", "migrate.tfplan"])).EnsureSuccess();
        output.WriteLine(apply.ToString());
        AwsProviderState.Says(apply, "Apply complete! Resources: 1 imported, 0 added, 0 changed, 0 destroyed.");
        await AwsProviderState.TakenOverAsync(world, output.WriteLine);
    }
}
