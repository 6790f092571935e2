using AwsIdentity.Harness;
using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// examples/terraform (its README's recipe) stays valid with the schema: its .tf files copied into a workspace
/// (dev_overrides), `terraform validate`, then plan, apply, a second plan with no changes and destroy against the
/// emulator seeded as the README says (a cluster only: the example registers its directory and subscribes its user
/// itself, in AWS's order by the references between them), the endpoints given through the example's own variables;
/// a product change then replaces the License Manager chain in AWS's order.
/// </summary>
public sealed class ExampleTests
{
    private static readonly string[] LicenseOrder = [LmusConfigs.Registration, LmusConfigs.Subscription, TfConfigs.Lmus];
    private static readonly string ExampleDir = Path.Combine(RepoPaths.RepoRoot(), "examples", "terraform");

    [Fact]
    public async Task Example_Validates_PlansAppliesAndDestroys_AgainstTheEmulator()
    {
        await using var world = await TerraformWithEmulator.StartAsync();
        var files = Directory.GetFiles(ExampleDir, "*.tf");
        Assert.Equal(["main.tf", "outputs.tf", "variables.tf"], files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in files) world.Workspace.WriteFile(Path.GetFileName(file), File.ReadAllText(file));

        var validate = (await world.Workspace.RunAsync(["validate"])).EnsureSuccess();
        Assert.Contains("The configuration is valid", validate.Stdout, StringComparison.Ordinal);

        await world.Control.CreateClusterAsync("demo");
        string[] vars = ["-var", $"eks_endpoint={world.Emulator.Url}", "-var", $"license_manager_endpoint={world.Emulator.Url}"];
        var plan = await world.Workspace.PlanAsync(vars);
        Assert.True(plan.HasChanges, plan.ToString());
        Assert.Contains("Plan: 4 to add, 0 to change, 0 to destroy.", plan.Stdout, StringComparison.Ordinal);

        var apply = (await world.Workspace.ApplyAsync(vars)).EnsureSuccess();
        Assert.Contains("identity_provider_config_id = \"demo:corp-sso\"", apply.Stdout, StringComparison.Ordinal);
        Assert.Contains("registration_status = \"REGISTERED\"", apply.Stdout, StringComparison.Ordinal);
        Assert.Contains("subscription_status = \"SUBSCRIBED\"", apply.Stdout, StringComparison.Ordinal);
        Assert.Contains("user_association_status = \"ASSOCIATED\"", apply.Stdout, StringComparison.Ordinal);
        Assert.Null(ApplyLog.OutOfOrder(apply.Stdout, ApplyLog.Creating, ApplyLog.Created, LicenseOrder));
        Assert.False((await world.Workspace.PlanAsync(vars)).HasChanges);
        var config = (await world.Workspace.ShowJsonAsync()).Resource($"{TerraformWithEmulator.EksType}.corp").Values;
        Assert.Equal("platform", (string?)config["tags_all"]!["owner"]);
        Assert.Equal("identity", (string?)config["tags_all"]!["team"]);
        Assert.True((await world.AuditAsync()).Clean);

        // Another product replaces the registration, the subscription (its product comes from the registration) and,
        // through replace_triggered_by on the subscription's ARN, the association, whose attributes do not change: AWS
        // stops only a subscription whose user is associated nowhere. Without the trigger the stop is refused.
        vars = [.. vars, "-var", "product=OFFICE_PROFESSIONAL_PLUS"];
        var replace = (await world.Workspace.ApplyAsync(vars)).EnsureSuccess();
        Assert.Contains("3 added, 0 changed, 3 destroyed", replace.Stdout, StringComparison.Ordinal);
        Assert.Null(ApplyLog.OutOfOrder(replace.Stdout, ApplyLog.Destroying, ApplyLog.Destroyed, [.. LicenseOrder.Reverse()]));
        Assert.Null(ApplyLog.OutOfOrder(replace.Stdout, ApplyLog.Creating, ApplyLog.Created, LicenseOrder));
        Assert.False((await world.Workspace.PlanAsync(vars)).HasChanges);
        Assert.True((await world.AuditAsync()).Clean);

        var destroy = (await world.Workspace.DestroyAsync(vars)).EnsureSuccess();
        Assert.Null(ApplyLog.OutOfOrder(destroy.Stdout, ApplyLog.Destroying, ApplyLog.Destroyed, [.. LicenseOrder.Reverse()]));
        Assert.Equal(0, (await world.InventoryAsync()).Count);
    }
}
