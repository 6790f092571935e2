using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// Both resources through the real terraform CLI, the built provider (dev_overrides) and the emulator: apply, a second
/// plan with no changes (plans and state agree), tags in place, `terraform import` and an `import {}` block with
/// generated config, drift, an out-of-band delete, a validation error at its attribute, destroy leaving nothing.
/// </summary>
public sealed class ProviderLifecycleTests
{
    private const string Eks = TerraformWithEmulator.EksType;
    private const string Lmus = TerraformWithEmulator.LmusType;

    private static string Program(string emulatorUrl, string team = "a", string extra = "") =>
        Hcl.RequiredProviders() + Hcl.ProviderBlock(emulatorUrl, extra: "  default_tags { tags = { owner = \"platform\" } }\n") + $$"""
        resource "{{Eks}}" "oidc" {
          cluster_name = "demo"
          oidc {
            identity_provider_config_name = "corp"
            issuer_url                    = "https://issuer.example.com"
            client_id                     = "kubernetes"
          }
          tags = { team = "{{team}}" }
        }

        resource "{{Lmus}}" "alice" {
          username    = "alice"
          instance_id = "i-0123456789abcdef0"
          identity_provider {
            active_directory_identity_provider {
              directory_id = "d-1234567890"
            }
          }
          tags = { team = "{{team}}" }
        }
        {{extra}}
        """;

    private static async Task<TerraformWithEmulator> World()
    {
        var world = await TerraformWithEmulator.StartAsync();
        await world.Control.CreateClusterAsync("demo");
        await world.Control.RegisterDirectoryAsync("d-1234567890");
        return world;
    }

    [Fact]
    public async Task Apply_ThenPlanHasNoChanges_TagsChangeInPlace_DestroyLeavesNothing()
    {
        await using var world = await World();
        world.Workspace.WriteMain(Program(world.Emulator.Url));

        (await world.Workspace.ApplyAsync()).EnsureSuccess();
        Assert.False((await world.Workspace.PlanAsync()).HasChanges);
        var config = (await world.Workspace.ShowJsonAsync()).Resource($"{Eks}.oidc").Values;
        Assert.Equal("platform", (string?)config["tags_all"]!["owner"]);
        Assert.Equal("demo:corp", (string?)config["id"]);
        Assert.Equal("us-east-1", (string?)config["region"]);
        Assert.True((await world.AuditAsync()).Clean);

        world.Workspace.WriteMain(Program(world.Emulator.Url, team: "b"));
        var apply = (await world.Workspace.ApplyAsync()).EnsureSuccess();
        Assert.Contains("2 changed, 0 destroyed", apply.Stdout);
        Assert.False((await world.Workspace.PlanAsync()).HasChanges);

        (await world.Workspace.DestroyAsync()).EnsureSuccess();
        Assert.Equal(0, (await world.InventoryAsync()).Count);
    }

    [Fact]
    public async Task TerraformImport_OfBothResources_PlansNoChanges()
    {
        await using var world = await World();
        world.Workspace.WriteMain(Program(world.Emulator.Url));
        (await world.Workspace.ApplyAsync()).EnsureSuccess();
        File.Delete(Path.Combine(world.Workspace.Dir, "terraform.tfstate"));

        (await world.Workspace.ImportAsync($"{Eks}.oidc", "demo:corp")).EnsureSuccess();
        (await world.Workspace.ImportAsync($"{Lmus}.alice", "i-0123456789abcdef0:d-1234567890:alice")).EnsureSuccess();

        Assert.False((await world.Workspace.PlanAsync()).HasChanges);
        Assert.True((await world.AuditAsync()).Clean);
    }

    [Fact]
    public async Task ImportBlocks_WithGeneratedConfig_PlanOnlyImports_ThenNoChanges()
    {
        await using var world = await World();
        world.Workspace.WriteMain(Program(world.Emulator.Url));
        (await world.Workspace.ApplyAsync()).EnsureSuccess();
        File.Delete(Path.Combine(world.Workspace.Dir, "terraform.tfstate"));
        world.Workspace.WriteMain(Hcl.RequiredProviders() + Hcl.ProviderBlock(world.Emulator.Url) + $$"""
            import {
              to = {{Eks}}.oidc
              id = "demo:corp"
            }
            import {
              to = {{Lmus}}.alice
              id = "i-0123456789abcdef0:d-1234567890:alice"
            }
            """);

        var (generate, generated) = await world.Workspace.GenerateConfigAsync();

        Assert.NotNull(generated);
        Assert.Contains("cluster_name", generated);
        Assert.Contains("directory_id", generated);
        var plan = (await world.Workspace.PlanAsync()).Stdout;
        Assert.Contains("2 to import, 0 to add, 0 to change, 0 to destroy", plan);
        (await world.Workspace.ApplyAsync()).EnsureSuccess();
        Assert.False((await world.Workspace.PlanAsync()).HasChanges);
        Assert.True(generate.ExitCode is 0 or 2, generate.ToString());
    }

    [Fact]
    public async Task OutOfBandDelete_IsPlannedAsACreate_AndApplyBringsItBack()
    {
        await using var world = await World();
        world.Workspace.WriteMain(Program(world.Emulator.Url));
        (await world.Workspace.ApplyAsync()).EnsureSuccess();

        await world.Control.DeleteConfigAsync("demo", "corp");
        var plan = await world.Workspace.PlanAsync();
        Assert.True(plan.HasChanges);
        Assert.Contains("1 to add, 0 to change, 0 to destroy", plan.Stdout);

        (await world.Workspace.ApplyAsync()).EnsureSuccess();
        Assert.True((await world.AuditAsync()).Clean);
    }

    [Fact]
    public async Task ValidationError_IsReportedAtItsAttribute_AndNothingIsCalled()
    {
        await using var world = await World();
        world.Workspace.WriteMain(Program(world.Emulator.Url).Replace("https://issuer.example.com", "http://issuer.example.com"));

        var plan = await world.Workspace.PlanAsync();

        Assert.Equal(1, plan.ExitCode);
        Assert.Contains("issuer_url", plan.Stderr);
        Assert.Contains("https", plan.Stderr);
        Assert.Equal(0, (await world.InventoryAsync()).Count);
    }
}
