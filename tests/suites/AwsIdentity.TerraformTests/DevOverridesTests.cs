using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// The default workspace: dev_overrides on a directory holding only a copy of the binary, no init. A stand-in
/// records the environment terraform starts it with, which is what the real provider will see.
/// </summary>
public sealed class DevOverridesTests : IDisposable
{
    private const string Emulator = "http://127.0.0.1:4566";
    private readonly StandIn _standIn = new();

    [Fact]
    public async Task PlanRunsTheCopyInTheOverrideDirectoryWithTheWorkspacesEnvironment()
    {
        using var ws = TerraformWorkspace.Create(new TerraformWorkspaceOptions { ProviderBinary = _standIn.Path, EmulatorUrl = Emulator });
        Assert.Equal([Path.Combine(ws.OverrideDir, "terraform-provider-awsidentity")], Directory.GetFiles(ws.OverrideDir));
        ws.WriteMain(Hcl.RequiredProviders() + "provider \"awsidentity\" {}\n");

        var plan = (await ws.PlanAsync()).EnsureFailure();

        Assert.Contains("Provider development overrides are in effect", plan.Stderr + plan.Stdout);
        Assert.Equal([Path.Combine(ws.OverrideDir, "terraform-provider-awsidentity")], _standIn.Executions());
        var env = _standIn.StartedWith() ?? throw new Xunit.Sdk.XunitException($"terraform never started the stand-in: {plan}");
        // terraform's go-plugin handshake (hashicorp/terraform internal/plugin/serve.go), then ours.
        Assert.Equal("d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2", env["TF_PLUGIN_MAGIC_COOKIE"]);
        Assert.Contains("-----BEGIN CERTIFICATE-----", env["PLUGIN_CLIENT_CERT"]);
        Assert.Equal(ws.Home, env["HOME"]);
        Assert.Equal(ws.CliConfigFile, env["TF_CLI_CONFIG_FILE"]);
        Assert.Equal((Emulator, Emulator), (env["AWS_ENDPOINT_URL_EKS"], env["AWS_ENDPOINT_URL_LICENSE_MANAGER_USER_SUBSCRIPTIONS"]));
        Assert.Equal(("test", "test", "us-east-1"), (env["AWS_ACCESS_KEY_ID"], env["AWS_SECRET_ACCESS_KEY"], env["AWS_REGION"]));
        Assert.Empty(env.Keys.Where(k => k.StartsWith("TF_", StringComparison.Ordinal))
            .Except(["TF_PLUGIN_MAGIC_COOKIE", "TF_CLI_CONFIG_FILE", "TF_IN_AUTOMATION"]));
    }

    [Fact]
    public async Task TheCallersVariablesComeLastAndANullRemovesOne()
    {
        using var ws = TerraformWorkspace.Create(new TerraformWorkspaceOptions
        {
            ProviderBinary = _standIn.Path,
            Environment = new Dictionary<string, string?> { ["TF_LOG_PROVIDER"] = "off", ["AWS_REGION"] = "eu-west-1", ["TF_IN_AUTOMATION"] = null },
        });
        ws.WriteMain(Hcl.RequiredProviders() + "provider \"awsidentity\" {}\n");

        (await ws.PlanAsync()).EnsureFailure();

        var env = _standIn.StartedWith()!;
        Assert.Equal(("off", "eu-west-1"), (env["TF_LOG_PROVIDER"], env["AWS_REGION"]));
        Assert.False(env.ContainsKey("TF_IN_AUTOMATION"));
        Assert.False(env.ContainsKey("AWS_ENDPOINT_URL_EKS")); // no emulator given
    }

    [Fact]
    public async Task WithAnExtraMirrorInitInstallsTheOtherProviderAndPlanStillRunsTheOverride()
    {
        // A mirror holding a stand-in hashicorp/aws (the migration tests need the real one: a machine mirror).
        var other = Directory.CreateTempSubdirectory("awsidentity-other-mirror-");
        try
        {
            var package = Path.Combine(other.FullName, "registry.terraform.io/hashicorp/aws/5.100.0", TerraformMirror.Platform());
            Directory.CreateDirectory(package);
            TerraformMirror.CopyExecutable(_standIn.Path, Path.Combine(package, "terraform-provider-aws_v5.100.0_x5"));
            using var ws = TerraformWorkspace.Create(new TerraformWorkspaceOptions { ProviderBinary = _standIn.Path, ExtraMirrors = [other.FullName] });
            ws.WriteMain("""
                terraform {
                  required_providers {
                    awsidentity = { source = "registry.terraform.io/awsidentity/awsidentity" }
                    aws         = { source = "hashicorp/aws" }
                  }
                }
                provider "awsidentity" {}
                """);

            (await ws.InitAsync()).EnsureSuccess();
            Assert.Equal(["registry.terraform.io/awsidentity/awsidentity", "registry.terraform.io/hashicorp/aws"], ws.ReadLock().Select(l => l.Address));
            (await ws.PlanAsync()).EnsureFailure();

            // terraform starts both providers for their schemas; ours from the override directory, not the mirror.
            Assert.Contains(Path.Combine(ws.OverrideDir, "terraform-provider-awsidentity"), _standIn.Executions());
            Assert.DoesNotContain(_standIn.Executions(), e => e.Contains("providers/registry.terraform.io/awsidentity", StringComparison.Ordinal));
        }
        finally
        {
            other.Delete(recursive: true);
        }
    }

    [Fact]
    public void AMissingBinaryFailsWithWhatToBuild()
    {
        var missing = Path.Combine(Path.GetTempPath(), "awsidentity-no-such-dir", "terraform-provider-awsidentity");
        var e = Assert.Throws<FileNotFoundException>(() => TerraformWorkspace.Create(new TerraformWorkspaceOptions { ProviderBinary = missing }));
        Assert.Contains("make build", e.Message);
    }

    public void Dispose() => _standIn.Dispose();
}
