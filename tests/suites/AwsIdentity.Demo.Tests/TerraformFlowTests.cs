using AwsIdentity.Harness;

namespace AwsIdentity.Demo.Tests;

/// <summary>make demo's Terraform flow (tools/AwsIdentity.Demo/TerraformFlow.cs) through the real terraform CLI, the
/// built binary and the emulator with short transitions: every step checked, the summary rows prefixed.</summary>
// Not in parallel with the other whole-demo runs: each ends with ProcessGuard.KillAll, which would kill their processes.
[Collection(WholeDemoRuns.Name)]
public sealed class TerraformFlowTests
{
    [Fact]
    public async Task TerraformFlow_ChecksEveryStep_AndPrefixesItsSummaryRows()
    {
        var (root, printer, summary) = (RepoPaths.RepoRoot(), new Printer(), new Summary { Prefix = "terraform: " });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var flow = new TerraformFlow(root, "local", 300, printer, summary);
        try { await flow.RunAsync(timeout.Token); }
        finally { ProcessGuard.KillAll(); }

        Assert.All(flow.Log.Checks, c => Assert.True(c.Passed, $"{c.Id}: {c.Failure}"));
        foreach (var step in new[] { "plan:", "apply:", "tag change plan:", "tag change apply:", "refresh-only plan:", "refresh:", "replacement plan:", "replacement apply:", "destroy:" })
            Assert.Contains(flow.Log.Checks, c => c.Id.StartsWith(step, StringComparison.Ordinal));
        Assert.Equal(3, flow.Log.Checks.Count(c => c.Id.EndsWith("plan -detailed-exitcode finds nothing to do", StringComparison.Ordinal)));
        Assert.Contains(flow.Log.Checks, c => c.Id == "replacement apply: the association began after the disassociation ended");
        Assert.Contains(flow.Log.Checks, c => c.Id == "apply: license resources in AWS's order (4 dependencies)");
        Assert.Contains(flow.Log.Checks, c => c.Id == "destroy: license resources in AWS's order (4 dependencies)");
        Assert.Equal(
            ["terraform: start", "terraform: plan", "terraform: apply", "terraform: tag change", "terraform: drift + refresh", "terraform: replacement", "terraform: destroy", "terraform: checks"],
            summary.Steps.Select(s => s.Step));
    }

    /// <summary>The program registers its directory and subscribes its users itself (issue 14): each reference between
    /// Pulumi outputs becomes a reference between terraform attributes, so terraform orders the resources as AWS
    /// requires, and the emulator needs no seeded registration.</summary>
    [Fact]
    public void TerraformProgram_WritesOutputReferencesAsAttributeReferences()
    {
        var hcl = TerraformProgram.Render(StackProgram.Load(RepoPaths.RepoRoot(), "local"), "http://127.0.0.1:1");
        const string Registration = "awsidentity_licensemanager_identity_provider_registration.directory_registration";
        const string Directory = "identity_provider.active_directory_identity_provider.directory_id";

        Assert.Contains("resource \"awsidentity_licensemanager_identity_provider_registration\" \"directory_registration\" {", hcl);
        Assert.Contains("resource \"awsidentity_licensemanager_product_subscription\" \"first_user_subscription\" {", hcl);
        Assert.Contains($"  product = {Registration}.product\n", hcl);
        Assert.Contains($"      directory_id = {Registration}.{Directory}\n", hcl);
        Assert.Contains($"      directory_id = awsidentity_licensemanager_product_subscription.first_user_subscription.{Directory}\n", hcl);
        Assert.DoesNotContain("${", hcl);
    }

    [Fact]
    public void TerraformProgram_WritesThePulumiProgramWithTerraformNames()
    {
        var program = StackProgram.Load(RepoPaths.RepoRoot(), "local");
        var hcl = TerraformProgram.Render(program, "http://127.0.0.1:1");

        Assert.Contains("resource \"awsidentity_eks_identity_provider_config\" \"corp_sso\" {", hcl);
        Assert.Contains("resource \"awsidentity_licensemanager_user_association\" \"second_user_association\" {", hcl);
        Assert.Contains("  oidc {\n    identity_provider_config_name = \"corp-sso\"\n", hcl);
        Assert.Contains("      active_directory_type = \"AWS_MANAGED\"\n", hcl);
        Assert.Contains("  tags = { \"owner\" = \"platform-team@example.com\" }\n", hcl);
        Assert.Contains("username_prefix = \"oidc:\"", hcl);
        Assert.DoesNotContain("Prefix", hcl);
    }
}
