using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// The built provider as a user installs it (make install-terraform's layout: terraform's implied local mirror under
/// HOME), not through dev_overrides: `terraform init` offline, then apply, a plan with no changes, and destroy.
/// </summary>
public sealed class MirrorProviderTests
{
    [Fact]
    public async Task InitFromTheImpliedMirror_ThenApplyPlanDestroy()
    {
        await using var world = await TerraformWithEmulator.StartAsync(new TerraformWorkspaceOptions { Install = ProviderInstall.ImpliedMirror, Version = "0.1.0" });
        await world.Control.CreateClusterAsync("demo");
        world.Workspace.WriteMain(Hcl.RequiredProviders("0.1.0") + Hcl.ProviderBlock(world.Emulator.Url) + $$"""
            resource "{{TerraformWithEmulator.EksType}}" "oidc" {
              cluster_name = "demo"
              oidc {
                identity_provider_config_name = "corp"
                issuer_url                    = "https://issuer.example.com"
                client_id                     = "kubernetes"
              }
            }
            """);

        var init = (await world.Workspace.InitAsync()).EnsureSuccess();
        Assert.Contains("awsidentity/awsidentity v0.1.0", init.Stdout);
        Assert.Contains(world.Workspace.ReadLock(), p => p.Address.EndsWith("awsidentity/awsidentity", StringComparison.Ordinal));
        (await world.Workspace.ApplyAsync()).EnsureSuccess();
        Assert.False((await world.Workspace.PlanAsync()).HasChanges);
        Assert.True((await world.AuditAsync()).Clean);
        (await world.Workspace.DestroyAsync()).EnsureSuccess();
        Assert.Equal(0, (await world.InventoryAsync()).Count);
    }
}
